import { useCallback, useEffect, useState } from 'react';
import { api, call, Schemas, TicketDetails } from '../../api/client';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../lib/router';
import { StatusBadge } from '../../lib/ticket-labels';
import { useAction } from '../../lib/use-load';

type Customer = Schemas['CustomerDetailsResponse'];

/** The customer of the open ticket: who and where, the team's note, their other tickets, and the block. */
export function CustomerPanel({ ticket, editable }: { ticket: TicketDetails; editable: boolean }) {
  const { t } = useI18n();
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [missing, setMissing] = useState(false);
  const [note, setNote] = useState('');
  const action = useAction();
  const customerId = ticket.subscriber_id;

  const load = useCallback(async () => {
    try {
      const found = await call(
        api.GET('/v1/helpdesk/customers/{customer_id}', { params: { path: { customer_id: customerId } } }),
      );
      setCustomer(found);
      setNote(found.note ?? '');
    } catch {
      setMissing(true);
    }
  }, [customerId]);
  useEffect(() => {
    void load();
  }, [load]);

  if (missing) return <p className="hint customer-panel">{t('customer.erased')}</p>;
  if (!customer) return null;
  const change = async (body: Schemas['UpdateCustomerDto']) => {
    const ok = await action.run(async () =>
      setCustomer(
        await call(
          api.PATCH('/v1/helpdesk/customers/{customer_id}', { params: { path: { customer_id: customerId } }, body }),
        ),
      ),
    );
    if (ok && body.note !== undefined) setNote(body.note ?? '');
  };
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(' ') || t('customer.noName');
  const others = customer.recent_tickets.filter((other) => other.id !== ticket.id);

  return (
    <section className="customer-panel" aria-labelledby="customer-panel-title">
      <h2 id="customer-panel-title">{t('customer.title')}</h2>
      <p className="customer-name">
        <Link to={`/customers/${customer.id}`}>{name}</Link>
        {customer.username && <span className="hint"> @{customer.username}</span>}
        {customer.blocked && <span className="badge blocked">{t('customer.blocked')}</span>}
      </p>
      <p className="hint">
        {t(`channel.${customer.channel}`)}
        {customer.chat_id !== null && ` · ${customer.chat_id}`} ·{' '}
        {t('customer.ticketCounts', { open: customer.tickets.open, total: customer.tickets.total })}
        {customer.csat_average !== null && ` · CSAT ${customer.csat_average}`}
      </p>
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
            disabled={action.busy || note === (customer.note ?? '')}
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
      <h3>{t('customer.pastTickets')}</h3>
      {others.length === 0 ? (
        <p className="hint">{t('customer.noOtherTickets')}</p>
      ) : (
        <ul className="past-tickets">
          {others.map((other) => (
            <li key={other.id}>
              <Link to={`/tickets/${other.id}`}>
                #{other.ticket_number} {other.subject || t('ticket.noSubject')}
              </Link>{' '}
              <StatusBadge status={other.status} t={t} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
