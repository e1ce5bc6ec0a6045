import { FormEvent, useCallback, useEffect, useState } from 'react';
import { api, call, Schemas } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../lib/router';
import { StatusBadge } from '../lib/ticket-labels';
import { useAction } from '../lib/use-load';
import { useSession } from '../session';

type Customer = Schemas['CustomerResponse'];
type CustomerDetails = Schemas['CustomerDetailsResponse'];

const nameOf = (customer: Customer, fallback: string) =>
  [customer.first_name, customer.last_name].filter(Boolean).join(' ') || fallback;

/** Customers, most recently seen first, searched by name, @username or chat id. */
export function CustomersPage() {
  const { t, formatDateTime } = useI18n();
  const [q, setQ] = useState('');
  const [customers, setCustomers] = useState<Customer[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async (query: string, after?: string) => {
    try {
      const page = await call(
        api.GET('/v1/helpdesk/customers', { params: { query: { q: query || undefined, cursor: after, limit: 50 } } }),
      );
      setCustomers((current) => (after ? [...current, ...page.customers] : page.customers));
      setCursor(page.next_cursor);
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, []);
  useEffect(() => {
    void load('');
  }, [load]);
  const search = (event: FormEvent) => {
    event.preventDefault();
    void load(q);
  };

  return (
    <section className="admin customers">
      <h1>{t('nav.customers')}</h1>
      <form className="inline-form" role="search" onSubmit={search}>
        <input
          type="search"
          aria-label={t('customers.search')}
          placeholder={t('customers.search')}
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
        <button type="submit">{t('customers.find')}</button>
      </form>
      <ErrorText error={error} />
      <ul className="customer-list">
        {customers.map((customer) => (
          <li key={customer.id}>
            <Link to={`/customers/${customer.id}`}>{nameOf(customer, t('customer.noName'))}</Link>
            {customer.username && <span className="hint"> @{customer.username}</span>}
            {customer.blocked && <span className="badge blocked">{t('customer.blocked')}</span>}
            <span className="hint">
              {' · '}
              {t(`channel.${customer.channel}`)} ·{' '}
              {t('customer.ticketCounts', { open: customer.tickets.open, total: customer.tickets.total })} ·{' '}
              {formatDateTime(customer.last_seen_at)}
            </span>
          </li>
        ))}
      </ul>
      {customers.length === 0 && !error && <p className="hint">{t('customers.none')}</p>}
      {cursor && (
        <button type="button" onClick={() => void load(q, cursor)}>
          {t('customers.more')}
        </button>
      )}
    </section>
  );
}

/** One customer: the profile, note and block, their tickets, and the erasure behind a typed confirmation. */
export function CustomerPage({ customerId }: { customerId: string }) {
  const { t, formatDateTime } = useI18n();
  const session = useSession();
  const [customer, setCustomer] = useState<CustomerDetails | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const action = useAction();
  const path = { path: { customer_id: customerId } };

  useEffect(() => {
    call(api.GET('/v1/helpdesk/customers/{customer_id}', { params: { path: { customer_id: customerId } } }))
      .then((found) => {
        setCustomer(found);
        setNote(found.note ?? '');
      })
      .catch(setError);
  }, [customerId]);

  if (error) return <ErrorText error={error} />;
  if (!customer) return <p className="loading">{t('common.loading')}</p>;
  const change = (body: Schemas['UpdateCustomerDto']) =>
    action.run(async () =>
      setCustomer(await call(api.PATCH('/v1/helpdesk/customers/{customer_id}', { params: path, body }))),
    );
  const eraseWord = t('customers.eraseWord');
  const erase = async () => {
    if (await action.run(() => call(api.DELETE('/v1/helpdesk/customers/{customer_id}', { params: path }))))
      navigate('/customers');
  };

  return (
    <section className="admin customer-page">
      <Link to="/customers">← {t('nav.customers')}</Link>
      <h1>
        {nameOf(customer, t('customer.noName'))}
        {customer.username && <span className="hint"> @{customer.username}</span>}
      </h1>
      <p className="hint">
        {t(`channel.${customer.channel}`)}
        {customer.chat_id !== null && ` · ${customer.chat_id}`} · {t('customer.firstSeen')}{' '}
        {formatDateTime(customer.first_seen_at)} · {t('customer.lastSeen')} {formatDateTime(customer.last_seen_at)}
        {customer.csat_average !== null && ` · CSAT ${customer.csat_average}`}
      </p>
      <label className="field">
        <span className="label">{t('customer.note')}</span>
        <textarea
          rows={3}
          maxLength={2000}
          value={note}
          readOnly={!session.canWork}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      {session.canWork && (
        <div className="row-actions">
          <button type="button" disabled={action.busy} onClick={() => void change({ note: note.trim() ? note : null })}>
            {t('customer.saveNote')}
          </button>
          <button type="button" disabled={action.busy} onClick={() => void change({ blocked: !customer.blocked })}>
            {customer.blocked ? t('customer.unblock') : t('customer.block')}
          </button>
        </div>
      )}
      <h2>{t('customer.pastTickets')}</h2>
      <ul className="past-tickets">
        {customer.recent_tickets.map((ticket) => (
          <li key={ticket.id}>
            <Link to={`/tickets/${ticket.id}`}>
              #{ticket.ticket_number} {ticket.subject || t('ticket.noSubject')}
            </Link>{' '}
            <StatusBadge status={ticket.status} t={t} />
          </li>
        ))}
      </ul>
      {session.isAdmin && (
        <div className="danger-zone">
          <h2>{t('customers.erase')}</h2>
          <p className="hint">{t('customers.eraseHint', { word: eraseWord })}</p>
          <input
            aria-label={t('customers.eraseConfirm', { word: eraseWord })}
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
          />
          <button
            type="button"
            className="danger"
            disabled={action.busy || confirmation.trim().toLowerCase() !== eraseWord.toLowerCase()}
            onClick={() => void erase()}
          >
            {t('customers.erase')}
          </button>
        </div>
      )}
      <ErrorText error={action.error} />
    </section>
  );
}
