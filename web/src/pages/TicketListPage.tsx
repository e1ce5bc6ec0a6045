import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  api,
  call,
  CHANNELS,
  Channel,
  PRIORITIES,
  Priority,
  Schemas,
  STATUSES,
  Ticket,
  TicketStatus,
} from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { useI18n } from '../i18n/i18n';
import { useTicketEvents } from '../lib/events';
import { Link, navigate } from '../lib/router';
import { customerName, PriorityBadge, slaBreaches, StatusBadge } from '../lib/ticket-labels';
import { useShortcuts } from '../lib/shortcuts';
import { isUnread } from '../lib/unread';
import { useMembers } from '../lib/use-members';
import { useSession } from '../session';

interface Filters {
  status: TicketStatus | '';
  /** '' anyone, 'me', 'none' unassigned, or a member id */
  assignee: string;
  priority: Priority | '';
  channel: Channel | '';
  ticketTypeId: string;
  tag: string;
  q: string;
}

const EMPTY: Filters = { status: '', assignee: '', priority: '', channel: '', ticketTypeId: '', tag: '', q: '' };
const PAGE_SIZE = 50;
const FILTERS_KEY = 'zapnoty.ticketFilters';

function savedFilters(): Filters {
  try {
    return { ...EMPTY, ...(JSON.parse(window.sessionStorage.getItem(FILTERS_KEY) ?? '{}') as Partial<Filters>) };
  } catch {
    return EMPTY;
  }
}

/** Whether a ticket pushed by the event stream belongs in the list under the current filters. */
function matches(ticket: Ticket, filters: Filters, myId: string): boolean {
  if (filters.status && ticket.status !== filters.status) return false;
  if (filters.priority && ticket.priority !== filters.priority) return false;
  if (filters.channel && ticket.channel !== filters.channel) return false;
  if (filters.ticketTypeId && ticket.ticket_type_id !== filters.ticketTypeId) return false;
  if (filters.tag && !ticket.tags.includes(filters.tag.trim())) return false;
  if (filters.assignee === 'none' && ticket.assigned_to) return false;
  if (filters.assignee === 'me' && ticket.assigned_to !== myId) return false;
  if (filters.assignee && !['me', 'none'].includes(filters.assignee) && ticket.assigned_to !== filters.assignee)
    return false;
  return true;
}

export function TicketListPage() {
  const { t, formatAge, formatDateTime } = useI18n();
  const session = useSession();
  const { members, nameOf } = useMembers();
  const [filters, setFilters] = useState<Filters>(savedFilters);
  const [search, setSearch] = useState(filters.q);
  const [tickets, setTickets] = useState<Ticket[]>([]);
  const [total, setTotal] = useState(0);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [types, setTypes] = useState<Schemas['TicketTypeConfigResponse'][]>([]);
  const [now, setNow] = useState(Date.now());
  const [selected, setSelected] = useState(-1);
  const generation = useRef(0);

  // j/k move the selection through the list, Enter opens the selected ticket (the `?` list shows the keys).
  useShortcuts({
    j: () => setSelected((current) => Math.min(current + 1, tickets.length - 1)),
    k: () => setSelected((current) => Math.max(current - 1, 0)),
    Enter: () => {
      if (selected < 0 || !tickets[selected]) return false;
      navigate(`/tickets/${tickets[selected].id}`);
    },
  });
  useEffect(() => {
    if (selected >= 0) document.querySelector(`[data-row-index="${selected}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  useEffect(() => {
    call(api.GET('/v1/helpdesk/ticket-types/config'))
      .then((body) => setTypes(body.ticket_types))
      .catch(() => undefined);
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
      limit: PAGE_SIZE,
    };
  }, [filters, session.member.id]);

  const load = useCallback(
    async (cursor?: string) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(null);
      try {
        const page = await call(
          api.GET('/v1/helpdesk/tickets', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } }),
        );
        if (mine !== generation.current) return;
        setTickets((current) =>
          cursor
            ? [...current, ...page.tickets.filter((ticket) => !current.some((known) => known.id === ticket.id))]
            : page.tickets,
        );
        setTotal(page.total);
        setNextCursor(page.next_cursor);
      } catch (caught) {
        if (mine === generation.current) setError(caught);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [query],
  );

  useEffect(() => {
    window.sessionStorage.setItem(FILTERS_KEY, JSON.stringify(filters));
    void load();
  }, [load, filters]);

  // The listener always sees this render's list (useTicketEvents keeps the latest one).
  useTicketEvents(({ event, ticket }) => {
    const index = tickets.findIndex((known) => known.id === ticket.id);
    const fits = event !== 'ticket.deleted' && matches(ticket, filters, session.member.id);
    if (index >= 0) {
      if (!fits) {
        setTickets(tickets.filter((known) => known.id !== ticket.id));
        setTotal((count) => Math.max(0, count - 1));
      } else setTickets(tickets.map((known) => (known.id === ticket.id ? ticket : known)));
      return;
    }
    // A search needs the server's full-text match: ask it again instead of guessing.
    if (filters.q.trim()) return void load();
    if (!fits) return;
    setTickets([ticket, ...tickets].sort((a, b) => b.created_at.localeCompare(a.created_at)));
    setTotal((count) => count + 1);
  });

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((current) => ({ ...current, [key]: value }));
  const typeName = (ticket: Ticket) =>
    ticket.ticket_type_name ?? types.find((type) => type.id === ticket.ticket_type_id)?.name ?? '—';

  return (
    <section className="ticket-list">
      <div className="filters" role="search">
        <input
          type="search"
          className="search"
          placeholder={t('list.search')}
          aria-label={t('list.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select
          aria-label={t('list.status')}
          value={filters.status}
          onChange={(event) => set('status', event.target.value as Filters['status'])}
        >
          <option value="">{t('list.anyStatus')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('list.assignee')}
          value={filters.assignee}
          onChange={(event) => set('assignee', event.target.value)}
        >
          <option value="">{t('list.anyone')}</option>
          <option value="me">{t('list.me')}</option>
          <option value="none">{t('list.unassigned')}</option>
          {members
            .filter((member) => member.id !== session.member.id)
            .map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
        </select>
        <select
          aria-label={t('list.priority')}
          value={filters.priority}
          onChange={(event) => set('priority', event.target.value as Filters['priority'])}
        >
          <option value="">{t('list.anyPriority')}</option>
          {PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`priority.${priority}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('list.channel')}
          value={filters.channel}
          onChange={(event) => set('channel', event.target.value as Filters['channel'])}
        >
          <option value="">{t('list.anyChannel')}</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`channel.${channel}`)}
            </option>
          ))}
        </select>
        {types.length > 0 && (
          <select
            aria-label={t('list.type')}
            value={filters.ticketTypeId}
            onChange={(event) => set('ticketTypeId', event.target.value)}
          >
            <option value="">{t('list.anyType')}</option>
            {types.map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
        )}
        <input
          className="tag-filter"
          placeholder={t('list.tag')}
          aria-label={t('list.tag')}
          value={filters.tag}
          onChange={(event) => set('tag', event.target.value)}
        />
        {JSON.stringify(filters) !== JSON.stringify(EMPTY) && (
          <button
            type="button"
            className="link"
            onClick={() => {
              setSearch('');
              setFilters(EMPTY);
            }}
          >
            {t('list.reset')}
          </button>
        )}
        <span className="count">{t('list.total', { n: total })}</span>
      </div>
      <ErrorText error={error} />
      <table className="tickets">
        <thead>
          <tr>
            <th>#</th>
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
                onClick={() => navigate(`/tickets/${ticket.id}`)}
              >
                <td className="number">{ticket.ticket_number}</td>
                <td className="subject">
                  {unread && (
                    <span className="unread-dot" role="img" title={t('list.unread')} aria-label={t('list.unread')} />
                  )}
                  <Link to={`/tickets/${ticket.id}`}>{ticket.subject || t('ticket.noSubject')}</Link>
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
      {!loading && tickets.length === 0 && <p className="empty">{t('list.empty')}</p>}
      <div className="more">
        {nextCursor && (
          <button type="button" disabled={loading} onClick={() => void load(nextCursor)}>
            {t('list.loadMore')}
          </button>
        )}
        {loading && <span className="hint">{t('common.loading')}</span>}
      </div>
    </section>
  );
}
