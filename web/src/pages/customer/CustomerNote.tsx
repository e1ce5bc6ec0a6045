import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { api, call, type Schemas } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { StatusBadge } from '../../lib/ticket-labels';
import { useAction } from '../../lib/use-action';

type CustomerDetails = Schemas['CustomerDetailsResponse'];

/**
 * The team's note on a customer and Block/Unblock (the ticket's customer panel and the customer's page):
 * the answer of the PATCH is the customer as it now is, so it goes into the cache as it is.
 */
export function CustomerNoteAndBlock({ customer, editable }: { customer: CustomerDetails; editable: boolean }) {
  const { t } = useI18n();
  const client = useQueryClient();
  // Customer lists show the blocked badge: fetched again when next shown.
  const action = useAction({ refetch: [], later: [queryKeys.customerLists] });
  const saved = customer.note ?? '';
  const [note, setNote] = useState(saved);
  useEffect(() => setNote(saved), [saved]);

  const change = (body: Schemas['UpdateCustomerDto']) =>
    action.run(async () => {
      const path = { customer_id: customer.id };
      client.setQueryData(
        queryKeys.customer(customer.id),
        await call(api.PATCH('/v1/helpdesk/customers/{customer_id}', { params: { path }, body })),
      );
    });

  return (
    <>
      <label className="field">
        <span className="label">{t('customer.note')}</span>
        <textarea
          rows={3}
          maxLength={2000}
          value={note}
          readOnly={!editable}
          aria-label={t('customer.note')}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      {editable && (
        <div className="row-actions">
          <button
            type="button"
            disabled={action.busy || note === saved}
            onClick={() => void change({ note: note.trim() ? note : null })}
          >
            {t('customer.saveNote')}
          </button>
          <button
            type="button"
            className={customer.blocked ? undefined : 'danger'}
            disabled={action.busy}
            onClick={() => void change({ blocked: !customer.blocked })}
          >
            {customer.blocked ? t('customer.unblock') : t('customer.block')}
          </button>
        </div>
      )}
      <ErrorText error={action.error} />
    </>
  );
}

/** A customer's tickets as links with their status. */
export function PastTickets({ tickets }: { tickets: CustomerDetails['recent_tickets'] }) {
  const { t } = useI18n();
  return (
    <ul className="past-tickets">
      {tickets.map((ticket) => (
        <li key={ticket.id}>
          <Link href={`/tickets/${ticket.id}`}>
            #{ticket.ticket_number} {ticket.subject || t('ticket.noSubject')}
          </Link>{' '}
          <StatusBadge status={ticket.status} t={t} />
        </li>
      ))}
    </ul>
  );
}
