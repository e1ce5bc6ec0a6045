import type { Ticket } from '../api/client';

// Unread is kept in this browser (localStorage): per ticket, the time of the last message seen when the
// ticket was opened. A ticket whose last message is from the customer and newer than that is unread.
const KEY = 'zapnoty.seen.';

/** Fired on the window when this tab marks a ticket seen: the unread count on the tab's title follows. */
export const SEEN_EVENT = 'zapnoty:seen';

export function markSeen(ticketId: string, lastMessageAt: string | null): void {
  if (!lastMessageAt || window.localStorage.getItem(KEY + ticketId) === lastMessageAt) return;
  window.localStorage.setItem(KEY + ticketId, lastMessageAt);
  window.dispatchEvent(new Event(SEEN_EVENT));
}

export function isUnread(ticket: Pick<Ticket, 'id' | 'last_message_from' | 'last_message_at'>): boolean {
  if (ticket.last_message_from !== 'customer' || !ticket.last_message_at) return false;
  const seen = window.localStorage.getItem(KEY + ticket.id);
  return seen === null || Date.parse(ticket.last_message_at) > Date.parse(seen);
}
