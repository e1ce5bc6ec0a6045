import { useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api, call, Schemas } from '../api/client';
import { useCustomer, useCustomers } from '../api/queries';
import { queryKeys } from '../api/query-keys';
import { ErrorText } from '../components/ErrorText';
import { useI18n } from '../i18n/i18n';
import { useAction } from '../lib/use-action';
import { useSession } from '../session';
import { CustomerNoteAndBlock, PastTickets } from './customer/CustomerNote';

type Customer = Schemas['CustomerResponse'];

const nameOf = (customer: Customer, fallback: string) =>
  [customer.first_name, customer.last_name].filter(Boolean).join(' ') || fallback;

/** Customers, most recently seen first, searched by name, @username or chat id. */
export function CustomersPage() {
  const { t, formatDateTime } = useI18n();
  const [q, setQ] = useState('');
  // What was searched for (the form's submit), not every key typed.
  const [search, setSearch] = useState('');
  const { data, error, fetchNextPage, hasNextPage } = useCustomers(search);
  const customers = data?.pages.flatMap((page) => page.customers) ?? [];
  const find = (event: FormEvent) => {
    event.preventDefault();
    setSearch(q);
  };

  return (
    <section className="admin customers">
      <h1>{t('nav.customers')}</h1>
      <form className="inline-form" role="search" onSubmit={find}>
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
            <Link href={`/customers/${customer.id}`}>{nameOf(customer, t('customer.noName'))}</Link>
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
      {data && customers.length === 0 && <p className="hint">{t('customers.none')}</p>}
      {hasNextPage && (
        <button type="button" onClick={() => void fetchNextPage()}>
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
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const { data: customer, error } = useCustomer(customerId);
  const [confirmation, setConfirmation] = useState('');
  // Erasure rewrites the customer's tickets too: lists are fetched again when next shown.
  const erasure = useAction({
    refetch: [],
    later: [queryKeys.customerLists, queryKeys.ticketLists, queryKeys.ticketDetails],
  });

  if (error) return <ErrorText error={error} />;
  if (!customer) return <p className="loading">{t('common.loading')}</p>;
  const eraseWord = t('customers.eraseWord');
  const erase = async () => {
    const path = { customer_id: customerId };
    if (await erasure.run(() => call(api.DELETE('/v1/helpdesk/customers/{customer_id}', { params: { path } })))) {
      navigate('/customers');
      client.removeQueries({ queryKey: queryKeys.customer(customerId) });
    }
  };

  return (
    <section className="admin customer-page">
      <Link href="/customers">← {t('nav.customers')}</Link>
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
      <CustomerNoteAndBlock customer={customer} editable={session.canWork} />
      <h2>{t('customer.pastTickets')}</h2>
      <PastTickets tickets={customer.recent_tickets} />
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
            disabled={erasure.busy || confirmation.trim().toLowerCase() !== eraseWord.toLowerCase()}
            onClick={() => void erase()}
          >
            {t('customers.erase')}
          </button>
        </div>
      )}
      <ErrorText error={erasure.error} />
    </section>
  );
}
