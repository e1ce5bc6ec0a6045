import { Link } from 'wouter';
import type { TicketDetails } from '../../api/client';
import { useCustomer } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { CustomerNoteAndBlock, PastTickets } from '../customer/CustomerNote';

/** The customer of the open ticket: who and where, the team's note, their other tickets, and the block. */
export function CustomerPanel({ ticket, editable }: { ticket: TicketDetails; editable: boolean }) {
  const { t } = useI18n();
  const { data: customer, error } = useCustomer(ticket.subscriber_id);

  if (error && !customer) return <p className="hint customer-panel">{t('customer.erased')}</p>;
  if (!customer) return null;
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(' ') || t('customer.noName');
  const others = customer.recent_tickets.filter((other) => other.id !== ticket.id);

  return (
    <section className="customer-panel" aria-labelledby="customer-panel-title">
      <h2 id="customer-panel-title">{t('customer.title')}</h2>
      <p className="customer-name">
        <Link href={`/customers/${customer.id}`}>{name}</Link>
        {customer.username && <span className="hint"> @{customer.username}</span>}
        {customer.blocked && <span className="badge blocked">{t('customer.blocked')}</span>}
      </p>
      <p className="hint">
        {t(`channel.${customer.channel}`)}
        {customer.chat_id !== null && ` · ${customer.chat_id}`} ·{' '}
        {t('customer.ticketCounts', { open: customer.tickets.open, total: customer.tickets.total })}
        {customer.csat_average !== null && ` · CSAT ${customer.csat_average}`}
      </p>
      <CustomerNoteAndBlock customer={customer} editable={editable} />
      <h3>{t('customer.pastTickets')}</h3>
      {others.length === 0 ? <p className="hint">{t('customer.noOtherTickets')}</p> : <PastTickets tickets={others} />}
    </section>
  );
}
