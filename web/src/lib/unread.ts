import type { Ticket } from '../api/client';

// Unread is kept in this browser (localStorage): per ticket, the time of the last message seen when the
// ticket was opened. A ticket whose last message is from the customer and newer than that is unread.
const KEY = 'zapnoty.seen.';

export function markSeen(ticketId: string, lastMessageAt: string | null): void {
  if (lastMessageAt) window.localStorage.setItem(KEY + ticketId, lastMessageAt);
}

export function isUnread(ticket: Pick<Ticket, 'id' | 'last_message_from' | 'last_message_at'>): boolean {
  if (ticket.last_message_from !== 'customer' || !ticket.last_message_at) return false;
  const seen = window.localStorage.getItem(KEY + ticket.id);
  return seen === null || Date.parse(ticket.last_message_at) > Date.parse(seen);
}
