import { useState } from 'react';
import { api, call, Member } from '../api/client';
import { queryKeys } from '../api/query-keys';
import { ErrorText } from '../components/ErrorText';
import { useI18n } from '../i18n/i18n';
import { useAction } from '../lib/use-action';

type Switches = { assigned: boolean; customer_replied: boolean };

/**
 * "My Telegram": the bot's private messages to a linked member (a ticket assigned to them, the customer
 * writing on their ticket). Each switch saves at once; a refused change puts the switch back.
 */
export function TelegramNotifications({ member }: { member: Member }) {
  const { t } = useI18n();
  const action = useAction([queryKeys.members]);
  const [switches, setSwitches] = useState<Switches | null>(member.telegram?.notifications ?? null);
  if (!member.telegram || !switches)
    return (
      <p className="hint" data-testid="notify-needs-link">
        {t('tgNotify.needsLink')}
      </p>
    );
  const change = async (next: Switches) => {
    const before = switches;
    setSwitches(next);
    let saved: Switches | undefined;
    const path = { params: { path: { member_id: member.id } } };
    const ok = await action.run(
      async () => (saved = await call(api.PUT('/v1/team/members/{member_id}/notifications', { ...path, body: next }))),
    );
    setSwitches(ok && saved ? saved : before);
  };
  return (
    <fieldset className="telegram-notifications" disabled={action.busy}>
      <legend>{t('tgNotify.title')}</legend>
      <label>
        <input
          type="checkbox"
          checked={switches.assigned}
          onChange={(event) => void change({ ...switches, assigned: event.target.checked })}
        />
        {t('tgNotify.assigned')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={switches.customer_replied}
          onChange={(event) => void change({ ...switches, customer_replied: event.target.checked })}
        />
        {t('tgNotify.customerReplied')}
      </label>
      <ErrorText error={action.error} />
    </fieldset>
  );
}
