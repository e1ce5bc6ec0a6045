import { useEffect, useRef, useState } from 'react';
import { api, call, type Ticket } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useTicketEvents } from '../lib/events';
import { notifyNewWork, notificationsWanted } from '../lib/notifications';
import { isUnread } from '../lib/unread';
import { useSession } from '../session';

const BASE_TITLE = 'Zapnoty Helpdesk';

/**
 * New work is noticed: the tab title counts the open tickets with an unread customer message, and (opted in
 * on this browser) a desktop notification and a sound come for a new ticket and for a customer message on a
 * ticket assigned to me.
 */
export function UnreadTitle() {
  const { t } = useI18n();
  const session = useSession();
  const [unread, setUnread] = useState(0);
  const timer = useRef<number | null>(null);

  const count = async () => {
    // The 100 most recent tickets: an unread one further back is old news for a tab title.
    const body = await call(api.GET('/v1/helpdesk/tickets', { params: { query: { limit: 100 } } })).catch(() => null);
    if (body) setUnread(body.tickets.filter((ticket) => ticket.status !== 'closed' && isUnread(ticket)).length);
  };

  useEffect(() => {
    void count();
    // Opening a ticket marks it seen (localStorage): count again when the user comes back to the tab.
    const onFocus = () => void count();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  useEffect(() => {
    document.title = unread > 0 ? `(${unread}) ${BASE_TITLE}` : BASE_TITLE;
  }, [unread]);

  useTicketEvents(({ event, ticket }) => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void count(), 300);
    if (!notificationsWanted()) return;
    const mine = (ticket as Ticket).assigned_to === session.member.id;
    const fromCustomer = event === 'ticket.replied' && (ticket as Ticket).last_message_from === 'customer';
    if (event === 'ticket.created')
      notifyNewWork(t('notify.newTicket', { n: ticket.ticket_number }), ticket.subject ?? '', ticket.id);
    else if (fromCustomer && mine)
      notifyNewWork(t('notify.customerWrote', { n: ticket.ticket_number }), ticket.subject ?? '', ticket.id);
  });
  return null;
}
