import { useState } from 'react';
import { api, call, Member } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { type LinkCode, TelegramLinkCode } from '../../components/TelegramLinkCode';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';

/** A member's Telegram account on the Team page: linked (@username) or not, a link code with its QR, unlink. */
export function MemberTelegram({ member }: { member: Member }) {
  const { t } = useI18n();
  const action = useAction([queryKeys.members]);
  const [code, setCode] = useState<LinkCode | null>(null);
  const path = { params: { path: { member_id: member.id } } };
  const link = async () => {
    let issued: LinkCode | undefined;
    if (
      // A link code changes nothing yet: the account is linked when the member sends it to the bot.
      await action.run(
        async () => (issued = await call(api.POST('/v1/team/members/{member_id}/telegram-link', path))),
        [],
      )
    )
      setCode(issued ?? null);
  };
  const unlink = async () => {
    await action.run(() => call(api.DELETE('/v1/team/members/{member_id}/telegram', path)));
  };
  const telegram = member.telegram;
  return (
    <div className="member-telegram">
      {telegram ? (
        <span data-testid="member-telegram">
          {telegram.username ? `@${telegram.username}` : `id ${telegram.user_id}`}{' '}
          <button type="button" className="link" disabled={action.busy} onClick={() => void unlink()}>
            {t('teamChat.unlink')}
          </button>
        </span>
      ) : (
        <button type="button" disabled={action.busy} onClick={() => void link()}>
          {t('teamChat.linkMember')}
        </button>
      )}
      <ErrorText error={action.error} />
      {code && !telegram && <TelegramLinkCode link={code} label={t('teamChat.memberSteps', { name: member.name })} />}
    </div>
  );
}
