import type { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import { type PlannedTicket, planAssign, type TicketChange } from './ticket-change.js';
import type { TicketMessage } from './ticket-message.entity.js';

/**
 * `auto_assign_on_reply`: the ticket's first public reply, written by a member, assigns an unassigned
 * ticket to that member. Notes, replies without a member (an API key without member_id) and tickets that
 * already had a reply or an assignee are left alone.
 */
export function planAutoAssignOnReply(
  settings: Pick<HelpdeskSettings, 'autoAssignOnReply'>,
  ticket: PlannedTicket,
  message: Pick<TicketMessage, 'internal' | 'memberId'>,
  change: TicketChange,
): void {
  if (!settings.autoAssignOnReply || message.internal || message.memberId === null) return;
  if (ticket.assignedTo !== null || ticket.firstReplyAt !== null) return;
  planAssign(ticket, message.memberId, change);
}
