import { useState } from 'react';
import { api, call, TicketDetails } from '../../api/client';
import { useMacros } from '../../api/queries';
import { ticketsChanged } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';

/** Applies one of the project's macros to the ticket: its text and every change, in one request. */
export function MacroPicker({ ticket }: { ticket: TicketDetails }) {
  const { t } = useI18n();
  const { data } = useMacros();
  // A macro may reply (a credit), change status, priority, tags and the assignee.
  const action = useAction(ticketsChanged(ticket.id, { replied: true }));
  const [applied, setApplied] = useState<string | null>(null);
  const macros = data?.macros ?? [];
  if (macros.length === 0) return null;

  const apply = async (macroId: string) => {
    const macro = macros.find((candidate) => candidate.id === macroId);
    if (!macro) return;
    setApplied(null);
    const done = await action.run(() =>
      call(
        api.POST('/v1/helpdesk/tickets/{id}/macros/{macro_id}', {
          params: { path: { id: ticket.id, macro_id: macro.id } },
          body: {},
        }),
      ),
    );
    if (done) setApplied(macro.name);
  };

  return (
    <div className="macro-picker">
      <select
        aria-label={t('macro.apply')}
        value=""
        disabled={action.busy}
        onChange={(event) => void apply(event.target.value)}
      >
        <option value="">{t('macro.apply')}</option>
        {macros.map((macro) => (
          <option key={macro.id} value={macro.id}>
            {macro.name}
          </option>
        ))}
      </select>
      {applied && <span className="ok">{t('macro.applied', { name: applied })}</span>}
      <ErrorText error={action.error} />
    </div>
  );
}
