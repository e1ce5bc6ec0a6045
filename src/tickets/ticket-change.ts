import type { TicketMessageResponse } from './dto/ticket-response.dto.js';
import type { ChangeSource, TicketPriority, TicketStatus } from './ticket-enums.js';
import type { TicketMessage } from './ticket-message.entity.js';
import type { Ticket } from './ticket.entity.js';

/** What one change promised to announce; payloads are built from the ticket's state after the change. */
export type Announcement =
  | { kind: 'created' }
  | { kind: 'replied'; message: TicketMessageResponse }
  | { kind: 'noted'; message: TicketMessageResponse }
  | { kind: 'status_changed'; from: TicketStatus; to: TicketStatus }
  | { kind: 'assigned' }
  | { kind: 'csat_received' }
  | { kind: 'unanswered' }
  | { kind: 'chat_message'; message: TicketMessage }
  | { kind: 'chat_closed' };

/** A pending change of one locked ticket: column values, status history rows and the events it owes. */
export interface TicketChange {
  set: Record<string, unknown>;
  history: Array<{ from: TicketStatus; to: TicketStatus; source: ChangeSource; memberId: string | null }>;
  announcements: Announcement[];
  searchText?: string;
}

/** The part of a ticket the planning rules read. */
export type PlannedTicket = Pick<
  Ticket,
  'status' | 'closedAt' | 'channel' | 'assignedTo' | 'priority' | 'tags' | 'firstReplyAt'
>;

export function emptyChange(): TicketChange {
  return { set: {}, history: [], announcements: [] };
}

/** True when applying the change would write nothing (and so announce nothing). */
export function isEmptyChange(change: TicketChange): boolean {
  return Object.keys(change.set).length === 0 && change.searchText === undefined;
}

/**
 * Moves the ticket to `to`: closing stamps closed_at, leaving closed clears it; history records who did
 * it (no member for automatic moves); closing a messenger ticket also tells the chat.
 */
export function planStatus(
  ticket: PlannedTicket,
  to: TicketStatus,
  source: ChangeSource,
  change: TicketChange,
  memberId: string | null = null,
): void {
  const from = (change.set.status as TicketStatus | undefined) ?? ticket.status;
  if (from === to) return;
  change.set.status = to;
  if (to === 'closed') change.set.closedAt = () => 'now()';
  else if (from === 'closed' || ticket.closedAt !== null) change.set.closedAt = null;
  change.history.push({ from, to, source, memberId: source === 'auto' ? null : memberId });
  change.announcements.push({ kind: 'status_changed', from, to });
  if (to === 'closed' && ticket.channel !== 'virtual') change.announcements.push({ kind: 'chat_closed' });
}

export function planAssign(ticket: PlannedTicket, memberId: string | null, change: TicketChange): void {
  if (ticket.assignedTo === memberId) return;
  change.set.assignedTo = memberId;
  change.announcements.push({ kind: 'assigned' });
}

export function planPriority(ticket: PlannedTicket, priority: TicketPriority, change: TicketChange): void {
  if (ticket.priority !== priority) change.set.priority = priority;
}

export function planAddTag(ticket: PlannedTicket, tag: string, change: TicketChange): void {
  if (!ticket.tags.includes(tag)) change.set.tags = [...ticket.tags, tag];
}

export function planRemoveTag(ticket: PlannedTicket, tag: string, change: TicketChange): void {
  if (ticket.tags.includes(tag)) change.set.tags = ticket.tags.filter((existing) => existing !== tag);
}

/**
 * An agent's message. A public reply stamps the last message (and first_reply_at once), moves a `new`
 * ticket to `in_progress` and, on a messenger ticket, goes to the chat. An internal note only joins the
 * search text.
 */
export function planAgentMessage(
  ticket: PlannedTicket,
  message: TicketMessage,
  response: TicketMessageResponse,
  change: TicketChange,
): void {
  change.searchText = message.text;
  if (message.internal) {
    // Read by the team chat's mirror only (src/team-chat): no webhook, no chat delivery.
    change.announcements.push({ kind: 'noted', message: response });
    return;
  }
  change.set.lastMessageAt = () => 'now()';
  change.set.lastMessageFrom = 'agent';
  if (ticket.firstReplyAt === null) change.set.firstReplyAt = () => 'now()';
  change.announcements.push({ kind: 'replied', message: response });
  if (ticket.status === 'new') planStatus(ticket, 'in_progress', 'auto', change);
  if (ticket.channel !== 'virtual') change.announcements.push({ kind: 'chat_message', message });
}

/** A customer's message stamps the last message and reopens a `waiting` or `closed` ticket to `in_progress`. */
export function planCustomerMessage(
  ticket: PlannedTicket,
  message: TicketMessage,
  response: TicketMessageResponse,
  change: TicketChange,
): void {
  change.searchText = message.text;
  change.set.lastMessageAt = () => 'now()';
  change.set.lastMessageFrom = 'customer';
  change.announcements.push({ kind: 'replied', message: response });
  if (ticket.status === 'waiting' || ticket.status === 'closed') planStatus(ticket, 'in_progress', 'auto', change);
}

/** A new ticket announces its creation, and its assignment when routing assigned it. */
export function creationAnnouncements(ticket: Pick<Ticket, 'assignedTo'>): Announcement[] {
  const announcements: Announcement[] = [{ kind: 'created' }];
  if (ticket.assignedTo !== null) announcements.push({ kind: 'assigned' });
  return announcements;
}
