import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Schemas, Ticket } from '../api/client';
import { useMembers, useTicketList, useTicketTypes } from '../api/queries';
import { ErrorText } from '../components/ErrorText';
import { useI18n } from '../i18n/i18n';
import { customerName, PriorityBadge, slaBreaches, StatusBadge } from '../lib/ticket-labels';
import { useShortcuts } from '../lib/shortcuts';
import { isUnread } from '../lib/unread';
import { useSession } from '../session';
import './list/list.css';
import { BulkBar } from './list/BulkBar';
import { FilterBar } from './list/FilterBar';
import { FirstRun } from './list/FirstRun';
import { NewTicketForm } from './list/NewTicketForm';
import { SavedViews } from './list/SavedViews';
import { EMPTY, type Filters, FILTERS_KEY, PAGE_SIZE, savedFilters } from './list/ticket-filters';

/** POST /v1/helpdesk/tickets/bulk takes 1..100 ticket ids. */
const BULK_MAX = 100;
const NO_TYPES: Schemas['TicketTypeConfigResponse'][] = [];

/** The loaded pages as one list; a ticket that moved between pages while paging shows once. */
function uniqueTickets(pages: Array<{ tickets: Ticket[] }>): Ticket[] {
  const seen = new Set<string>();
  return pages.flatMap((page) => page.tickets).filter((ticket) => !seen.has(ticket.id) && seen.add(ticket.id));
}

export function TicketListPage() {
  const { t, formatAge, formatDateTime } = useI18n();
  const session = useSession();
  const { members, nameOf } = useMembers();
  const [filters, setFilters] = useState<Filters>(savedFilters);
  const [search, setSearch] = useState(filters.q);
  const types = useTicketTypes().data?.ticket_types ?? NO_TYPES;
  const [now, setNow] = useState(Date.now());
  const [selected, setSelected] = useState(-1);
  // Checked rows for bulk actions (ids of tickets in the list).
  const [checked, setChecked] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [, navigate] = useLocation();

  // j/k move the selection through the list, Enter opens the selected ticket (the `?` list shows the keys).
  useShortcuts({
    j: () => setSelected((current) => Math.min(current + 1, tickets.length - 1)),
    k: () => setSelected((current) => Math.max(current - 1, 0)),
    Enter: () => {
      if (selected < 0 || !tickets[selected]) return false;
      navigate(`/tickets/${tickets[selected].id}`);
    },
    x: () => {
      if (!session.canWork || selected < 0 || !tickets[selected]) return false;
      toggle(tickets[selected].id);
    },
  });
  useEffect(() => {
    if (selected >= 0) document.querySelector(`[data-row-index="${selected}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);

  // Typing in the search box filters after a short pause, not on every key.
  useEffect(() => {
    const timer = window.setTimeout(
      () => setFilters((current) => (current.q === search ? current : { ...current, q: search })),
      300,
    );
    return () => window.clearTimeout(timer);
  }, [search]);

  const query = useMemo(() => {
    const assignedTo = filters.assignee === 'me' ? session.member.id : filters.assignee || undefined;
    return {
      status: filters.status || undefined,
      assigned_to: assignedTo,
      priority: filters.priority || undefined,
      channel: filters.channel || undefined,
      ticket_type_id: filters.ticketTypeId || undefined,
      tag: filters.tag.trim() || undefined,
      q: filters.q.trim() || undefined,
      sla: filters.sla || undefined,
      sort: filters.sort === 'created_at' ? undefined : filters.sort,
      order: filters.order === 'desc' ? undefined : filters.order,
      limit: PAGE_SIZE,
    };
  }, [filters, session.member.id]);

  // The list under these filters, from the cache while it is fresh; live events and changes make it stale.
  const list = useTicketList(query);
  const tickets = useMemo(() => uniqueTickets(list.data?.pages ?? []), [list.data]);
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const error = list.error;
  // Other filters show no rows until their own list comes (rows of the last filters could be checked and
  // changed by mistake); a next page keeps the ones above.
  const loading = list.isPending || list.isFetchingNextPage;

  useEffect(() => {
    window.sessionStorage.setItem(FILTERS_KEY, JSON.stringify(filters));
  }, [filters]);

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((current) => ({ ...current, [key]: value }));
  // Only tickets still in the list count (one may leave it on a live update); a bulk request takes 1..100.
  const checkedIds = checked.filter((id) => tickets.some((ticket) => ticket.id === id));
  const toggle = (id: string) =>
    setChecked((current) =>
      current.includes(id)
        ? current.filter((known) => known !== id)
        : checkedIds.length < BULK_MAX
          ? [...checkedIds, id]
          : current,
    );
  const pageIds = tickets.slice(0, BULK_MAX).map((ticket) => ticket.id);
  const allChecked = pageIds.length > 0 && pageIds.every((id) => checkedIds.includes(id));
  const filtered = JSON.stringify(filters) !== JSON.stringify(EMPTY);
  // A project with no tickets at all (nothing filtered, nothing found): say how tickets arrive.
  const firstRun = !loading && error === null && tickets.length === 0 && !filtered;
  const typeName = (ticket: Ticket) =>
    ticket.ticket_type_name ?? types.find((type) => type.id === ticket.ticket_type_id)?.name ?? '—';

  return (
    <section className="ticket-list">
      <div className="list-toolbar">
        <SavedViews
          filters={filters}
          myId={session.member.id}
          onApply={(next) => {
            setSearch(next.q);
            setFilters(next);
          }}
        />
        {session.canWork && !creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('newTicket.open')}
          </button>
        )}
      </div>
      {creating && <NewTicketForm onCancel={() => setCreating(false)} />}
      <FilterBar
        filters={filters}
        set={set}
        search={search}
        setSearch={setSearch}
        types={types}
        members={members}
        myId={session.member.id}
        total={total}
        onReset={() => {
          setSearch('');
          setFilters(EMPTY);
        }}
      />
      <ErrorText error={error} />
      {session.canWork && checkedIds.length > 0 && (
        <BulkBar ids={checkedIds} members={members} myId={session.member.id} onClear={() => setChecked([])} />
      )}
      {firstRun ? (
        <FirstRun helpLink={session.project.telegram_help_link} canWork={session.canWork} />
      ) : (
        <table className="tickets">
          <thead>
            <tr>
              <th>
                {session.canWork && (
                  <input
                    type="checkbox"
                    className="row-check"
                    aria-label={t('bulk.selectAll')}
                    checked={allChecked}
                    disabled={tickets.length === 0}
                    onChange={() => setChecked(allChecked ? [] : pageIds)}
                  />
                )}
                #
              </th>
              <th>{t('col.subject')}</th>
              <th>{t('col.customer')}</th>
              <th>{t('col.status')}</th>
              <th>{t('col.priority')}</th>
              <th>{t('col.assignee')}</th>
              <th>{t('col.type')}</th>
              <th>{t('col.lastMessage')}</th>
              <th>{t('col.age')}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket, index) => {
              const breaches = slaBreaches(ticket, t);
              const unread = isUnread(ticket);
              const classes = [
                breaches.length ? 'breached' : '',
                unread ? 'unread' : '',
                index === selected ? 'selected' : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <tr
                  key={ticket.id}
                  className={classes || undefined}
                  data-row-index={index}
                  aria-current={index === selected ? 'true' : undefined}
                  data-ticket-number={ticket.ticket_number}
                  onClick={(event) => {
                    // The subject link navigates by itself (or opens a new tab): one history entry, not two.
                    if (!(event.target instanceof Element && event.target.closest('a')))
                      navigate(`/tickets/${ticket.id}`);
                  }}
                >
                  <td className="number">
                    {session.canWork && (
                      // A click here checks the row; it must not open the ticket (the row navigates on click).
                      <label className="row-check" onClick={(event) => event.stopPropagation()}>
                        <input
                          type="checkbox"
                          aria-label={t('bulk.select', { n: ticket.ticket_number })}
                          checked={checkedIds.includes(ticket.id)}
                          onChange={() => toggle(ticket.id)}
                        />
                      </label>
                    )}
                    {ticket.ticket_number}
                  </td>
                  <td className="subject">
                    {unread && (
                      <span className="unread-dot" role="img" title={t('list.unread')} aria-label={t('list.unread')} />
                    )}
                    <Link href={`/tickets/${ticket.id}`}>{ticket.subject || t('ticket.noSubject')}</Link>
                    {breaches.map((reason) => (
                      <span key={reason} className="sla-reason">
                        {reason}
                      </span>
                    ))}
                    {ticket.tags.map((tag) => (
                      <span key={tag} className="tag">
                        {tag}
                      </span>
                    ))}
                  </td>
                  <td>{customerName(ticket)}</td>
                  <td>
                    <StatusBadge status={ticket.status} t={t} />
                  </td>
                  <td>
                    <PriorityBadge priority={ticket.priority} t={t} />
                  </td>
                  <td>{nameOf(ticket.assigned_to) ?? (ticket.assigned_to ? '…' : '—')}</td>
                  <td>{typeName(ticket)}</td>
                  <td title={ticket.last_message_at ? formatDateTime(ticket.last_message_at) : undefined}>
                    {ticket.last_message_at
                      ? `${formatAge(ticket.last_message_at, now)} · ` +
                        `${ticket.last_message_from === 'customer' ? t('author.customer') : t('author.agent')}`
                      : '—'}
                  </td>
                  <td title={formatDateTime(ticket.created_at)}>{formatAge(ticket.created_at, now)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {!loading && tickets.length === 0 && (filtered || error !== null) && <p className="empty">{t('list.empty')}</p>}
      <div className="more">
        {list.hasNextPage && (
          <button type="button" disabled={loading} onClick={() => void list.fetchNextPage()}>
            {t('list.loadMore')}
          </button>
        )}
        {loading && <span className="hint">{t('common.loading')}</span>}
      </div>
    </section>
  );
}
