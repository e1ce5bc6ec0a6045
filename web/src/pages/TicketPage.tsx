import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { api, call, Priority, STATUSES, TicketStatus } from '../api/client';
import { useMembers, useTicket } from '../api/queries';
import { ticketsChanged } from '../api/query-keys';
import { ErrorText } from '../components/ErrorText';
import { useI18n } from '../i18n/i18n';
import { customerName, PriorityBadge, slaBreaches, StatusBadge } from '../lib/ticket-labels';
import { usePresence } from '../lib/presence';
import { useShortcuts } from '../lib/shortcuts';
import { markSeen } from '../lib/unread';
import { useAction } from '../lib/use-action';
import { useSession } from '../session';
import { Conversation } from './ticket/Conversation';
import { PresenceBar } from './ticket/PresenceBar';
import { ReplyBox } from './ticket/ReplyBox';
import { TagEditor } from './ticket/TagEditor';
import { CustomerPanel } from './ticket/CustomerPanel';
import { CustomFieldsPanel } from './ticket/CustomFieldsPanel';
import { MacroPicker } from './ticket/MacroPicker';
import { MemberOptions, PriorityOptions } from '../components/OptionLists';

export function TicketPage({ ticketId }: { ticketId: string }) {
  const { t, formatDateTime } = useI18n();
  const session = useSession();
  const { members, nameOf } = useMembers();
  // Live events and this page's own changes keep it current (api/query-keys.ts).
  const { data: ticket, error: loadError } = useTicket(ticketId);
  const action = useAction(ticketsChanged(ticketId));
  const presence = usePresence(ticketId, session.member.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const [compose, setCompose] = useState<{ internal: boolean; at: number } | null>(null);

  const lastMessageAt = ticket?.last_message_at ?? null;
  useEffect(() => markSeen(ticketId, lastMessageAt), [ticketId, lastMessageAt]);

  // An opened ticket takes the focus (keyboard and screen-reader users land on it, not behind it).
  const loaded = ticket !== undefined;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  /** Runs one change; the API's refusal is shown beside the controls. */
  const act = (change: () => Promise<unknown>) => action.run(change).then(() => undefined);

  // r reply, n note, e close, a assign to me (the `?` list shows them); only for roles that may act.
  const params = { path: { id: ticketId } };
  useShortcuts(
    ticket && session.canWork
      ? {
          r: () => setCompose({ internal: false, at: Date.now() }),
          n: () => setCompose({ internal: true, at: Date.now() }),
          e: () => {
            if (ticket.status !== 'closed')
              void act(() =>
                call(api.PATCH('/v1/helpdesk/tickets/{id}/status', { params, body: { status: 'closed' } })),
              );
          },
          a: () => {
            if (ticket.assigned_to !== session.member.id)
              void act(() =>
                call(
                  api.PATCH('/v1/helpdesk/tickets/{id}/assign', { params, body: { assigned_to: session.member.id } }),
                ),
              );
          },
        }
      : {},
  );

  if (loadError && !ticket)
    return (
      <section>
        <Link href="/">← {t('nav.tickets')}</Link>
        <ErrorText error={loadError} />
      </section>
    );
  if (!ticket) return <p className="loading">{t('common.loading')}</p>;

  const path = { path: { id: ticket.id } };
  const setStatus = (status: TicketStatus) =>
    act(() => call(api.PATCH('/v1/helpdesk/tickets/{id}/status', { params: path, body: { status } })));
  const setPriority = (priority: Priority) =>
    act(() => call(api.PATCH('/v1/helpdesk/tickets/{id}/priority', { params: path, body: { priority } })));
  const assign = (memberId: string) =>
    act(() =>
      call(api.PATCH('/v1/helpdesk/tickets/{id}/assign', { params: path, body: { assigned_to: memberId || null } })),
    );
  const breaches = slaBreaches(ticket, t);

  return (
    <div className="ticket-view">
      <section className="conversation-pane">
        <div className="ticket-head">
          <Link href="/">← {t('nav.tickets')}</Link>
          <h1 ref={heading} tabIndex={-1}>
            #{ticket.ticket_number} {ticket.subject || t('ticket.noSubject')}
          </h1>
          <p className="meta">
            {customerName(ticket)} · {t(`channel.${ticket.channel}`)} · {formatDateTime(ticket.created_at)}
            {breaches.map((reason) => (
              <span key={reason} className="sla-reason">
                {reason}
              </span>
            ))}
          </p>
        </div>
        <PresenceBar others={presence.others} />
        <Conversation ticket={ticket} nameOf={nameOf} />
        {session.canWork && <MacroPicker ticket={ticket} />}
        {session.canWork ? (
          <ReplyBox ticket={ticket} onTyping={presence.typing} compose={compose} />
        ) : (
          <p className="notice read-only">{t('ticket.readOnly')}</p>
        )}
      </section>
      <aside className="ticket-side">
        <h2>{t('ticket.details')}</h2>
        <div className="field">
          <span className="label">{t('col.status')}</span>
          {session.canWork ? (
            <div className="status-buttons" role="group" aria-label={t('col.status')}>
              {STATUSES.map((status) => (
                <button
                  key={status}
                  type="button"
                  className={`status-${status}${ticket.status === status ? ' current' : ''}`}
                  disabled={action.busy || ticket.status === status}
                  aria-pressed={ticket.status === status}
                  onClick={() => void setStatus(status)}
                >
                  {t(`status.${status}`)}
                </button>
              ))}
            </div>
          ) : (
            <StatusBadge status={ticket.status} t={t} />
          )}
        </div>
        <label className="field">
          <span className="label">{t('col.assignee')}</span>
          {session.canWork ? (
            <select
              aria-label={t('col.assignee')}
              value={ticket.assigned_to ?? ''}
              disabled={action.busy}
              onChange={(event) => void assign(event.target.value)}
            >
              <option value="">{t('list.unassigned')}</option>
              <MemberOptions members={members} />
            </select>
          ) : (
            <span>{nameOf(ticket.assigned_to) ?? '—'}</span>
          )}
        </label>
        <label className="field">
          <span className="label">{t('col.priority')}</span>
          {session.canWork ? (
            <select
              aria-label={t('col.priority')}
              value={ticket.priority}
              disabled={action.busy}
              onChange={(event) => void setPriority(event.target.value as Priority)}
            >
              <PriorityOptions />
            </select>
          ) : (
            <PriorityBadge priority={ticket.priority} t={t} />
          )}
        </label>
        <div className="field">
          <span className="label">{t('ticket.tags')}</span>
          <TagEditor ticket={ticket} editable={session.canWork} busy={action.busy} act={act} />
        </div>
        <ErrorText error={action.error} />
        <dl className="facts">
          <dt>{t('col.type')}</dt>
          <dd>{ticket.ticket_type_name ?? '—'}</dd>
          <dt>{t('ticket.firstReplyDue')}</dt>
          <dd>{ticket.sla.first_reply_due_at ? formatDateTime(ticket.sla.first_reply_due_at) : '—'}</dd>
          <dt>{t('ticket.resolveDue')}</dt>
          <dd>{ticket.sla.resolve_due_at ? formatDateTime(ticket.sla.resolve_due_at) : '—'}</dd>
          {ticket.csat_rating !== null && (
            <>
              <dt>CSAT</dt>
              <dd>{'★'.repeat(ticket.csat_rating)}</dd>
            </>
          )}
        </dl>
        <CustomFieldsPanel ticket={ticket} editable={session.canWork} />
        <CustomerPanel key={ticket.subscriber_id} ticket={ticket} editable={session.canWork} />
        <h2>{t('ticket.history')}</h2>
        <ol className="history">
          {ticket.status_history.map((change, index) => {
            const who = nameOf(change.member_id) ?? t(`source.${change.source}`);
            return (
              <li key={index}>
                <StatusBadge status={change.from} t={t} /> → <StatusBadge status={change.to} t={t} />
                <span className="hint">
                  {' '}
                  {who} · {formatDateTime(change.changed_at)}
                </span>
              </li>
            );
          })}
          {ticket.status_history.length === 0 && <li className="hint">{t('ticket.noHistory')}</li>}
        </ol>
      </aside>
    </div>
  );
}
