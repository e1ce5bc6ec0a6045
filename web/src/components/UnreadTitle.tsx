import { useEffect, useState } from 'react';
import { useRecentTickets } from '../api/queries';
import { useI18n } from '../i18n/i18n';
import { useTicketEvents } from '../lib/events';
import { notifyNewWork, notificationsWanted } from '../lib/notifications';
import { isUnread, SEEN_EVENT } from '../lib/unread';
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
  // The recent tickets come from the cache, which live events keep current; what was seen lives in
  // localStorage, so the count is taken again when this tab marks a ticket seen or comes back to the front
  // (another tab may have opened tickets meanwhile).
  const { data } = useRecentTickets();
  const [, setSeenChanges] = useState(0);
  useEffect(() => {
    const recount = () => setSeenChanges((count) => count + 1);
    window.addEventListener('focus', recount);
    window.addEventListener(SEEN_EVENT, recount);
    return () => {
      window.removeEventListener('focus', recount);
      window.removeEventListener(SEEN_EVENT, recount);
    };
  }, []);
  // The 100 most recent tickets: an unread one further back is old news for a tab title.
  const unread = (data?.tickets ?? []).filter((ticket) => ticket.status !== 'closed' && isUnread(ticket)).length;

  useEffect(() => {
    document.title = unread > 0 ? `(${unread}) ${BASE_TITLE}` : BASE_TITLE;
  }, [unread]);

  useTicketEvents(({ event, ticket }) => {
    if (!notificationsWanted()) return;
    const mine = ticket.assigned_to === session.member.id;
    const fromCustomer = event === 'ticket.replied' && ticket.last_message_from === 'customer';
    if (event === 'ticket.created')
      notifyNewWork(t('notify.newTicket', { n: ticket.ticket_number }), ticket.subject ?? '', ticket.id);
    else if (fromCustomer && mine)
      notifyNewWork(t('notify.customerWrote', { n: ticket.ticket_number }), ticket.subject ?? '', ticket.id);
  });
  return null;
}
