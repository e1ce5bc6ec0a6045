import { FormEvent, useState } from 'react';
import { api, call, TicketDetails } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

/** Tags change through the bulk endpoint (add_tag / remove_tag on this one ticket). */
export function TagEditor({
  ticket,
  editable,
  busy,
  act,
}: {
  ticket: TicketDetails;
  editable: boolean;
  busy: boolean;
  act(change: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const change = (action: 'add_tag' | 'remove_tag', tag: string) =>
    act(() => call(api.POST('/v1/helpdesk/tickets/bulk', { body: { ticket_ids: [ticket.id], action, value: tag } })));
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const tag = draft.trim();
    if (!tag) return;
    await change('add_tag', tag);
    setDraft('');
  };
  return (
    <div className="tags">
      {ticket.tags.map((tag) => (
        <span key={tag} className="tag">
          {tag}
          {editable && (
            <button
              type="button"
              className="tag-remove"
              aria-label={t('ticket.removeTag', { tag })}
              disabled={busy}
              onClick={() => void change('remove_tag', tag)}
            >
              ×
            </button>
          )}
        </span>
      ))}
      {!editable && ticket.tags.length === 0 && <span>—</span>}
      {editable && (
        <form onSubmit={add} className="tag-add">
          <input
            aria-label={t('ticket.addTag')}
            placeholder={t('ticket.addTag')}
            value={draft}
            maxLength={64}
            onChange={(event) => setDraft(event.target.value)}
          />
        </form>
      )}
    </div>
  );
}
