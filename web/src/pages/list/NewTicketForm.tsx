import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { api, call, type Priority } from '../../api/client';
import { ticketsChanged } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';
import { PriorityOptions } from '../../components/OptionLists';

/**
 * An agent opens a ticket themselves (a phone call, an e-mail): a virtual-channel ticket through
 * POST /v1/helpdesk/tickets, its priority set when not normal, then the ticket opens.
 */
export function NewTicketForm({ onCancel }: { onCancel(): void }) {
  const { t } = useI18n();
  const [customer, setCustomer] = useState('');
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [priority, setPriority] = useState<Priority>('normal');
  const [, navigate] = useLocation();
  // The new ticket also shows in the list (and the live event would say so too).
  const creation = useAction(ticketsChanged());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let ticketId = '';
    const created = await creation.run(async () => {
      const ticket = await call(
        api.POST('/v1/helpdesk/tickets', {
          body: {
            channel: 'virtual',
            text,
            ...(subject.trim() ? { subject: subject.trim() } : {}),
            ...(customer.trim() ? { first_name: customer.trim() } : {}),
          },
        }),
      );
      if (priority !== 'normal')
        await call(
          api.PATCH('/v1/helpdesk/tickets/{id}/priority', { params: { path: { id: ticket.id } }, body: { priority } }),
        );
      ticketId = ticket.id;
    });
    if (created) navigate(`/tickets/${ticketId}`);
  };

  return (
    <form className="new-ticket" aria-labelledby="new-ticket-title" onSubmit={(event) => void submit(event)}>
      <h2 id="new-ticket-title">{t('newTicket.title')}</h2>
      <p className="hint">{t('newTicket.hint')}</p>
      <div className="new-ticket-row">
        <label>
          {t('newTicket.customer')}
          <input value={customer} maxLength={255} autoFocus onChange={(event) => setCustomer(event.target.value)} />
        </label>
        <label>
          {t('newTicket.subject')}
          <input value={subject} maxLength={255} onChange={(event) => setSubject(event.target.value)} />
        </label>
        <label>
          {t('newTicket.priority')}
          <select value={priority} onChange={(event) => setPriority(event.target.value as Priority)}>
            <PriorityOptions />
          </select>
        </label>
      </div>
      <label>
        {t('newTicket.text')}
        <textarea rows={4} required value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <ErrorText error={creation.error} />
      <div className="row-actions">
        <button type="submit" className="primary" disabled={creation.busy || !text.trim()}>
          {t('newTicket.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
