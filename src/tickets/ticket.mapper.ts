import { computeSla, secondsBetween, type SlaThresholds } from './sla.js';
import type {
  TicketDetailsResponse,
  TicketMessageResponse,
  TicketResponse,
  TicketStatusChangeResponse,
} from './dto/ticket-response.dto.js';
import type { TicketMessage } from './ticket-message.entity.js';
import type { TicketStatusChange } from './ticket-status-change.entity.js';
import type { Ticket } from './ticket.entity.js';
import type { Subscriber } from '../subscribers/subscriber.entity.js';

/** What a ticket response is made of: a loaded Ticket, or a ticket list row (ticket-list.store.ts). */
export type TicketView = Omit<Ticket, 'project' | 'subscriber' | 'ticketType' | 'assignee' | 'searchVector'> & {
  subscriber?: Pick<Subscriber, 'firstName' | 'username'>;
};

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/**
 * The ticket in API shape: REST responses, webhook payloads and MCP results all come from here.
 * `ticket.subscriber` must be loaded (the customer's names). SLA flags are evaluated at `now`.
 */
export function toTicketResponse(
  ticket: TicketView,
  thresholds: SlaThresholds,
  now: Date = new Date(),
): TicketResponse {
  const closedAt = ticket.status === 'closed' ? ticket.closedAt : null;
  return {
    id: ticket.id,
    ticket_number: ticket.ticketNumber,
    subject: ticket.subject,
    status: ticket.status,
    priority: ticket.priority,
    channel: ticket.channel,
    chat_id: ticket.chatId,
    subscriber_id: ticket.subscriberId,
    customer: { first_name: ticket.subscriber?.firstName ?? null, username: ticket.subscriber?.username ?? null },
    ticket_type_id: ticket.ticketTypeId,
    ticket_type_name: ticket.ticketTypeName,
    assigned_to: ticket.assignedTo,
    tags: [...ticket.tags],
    csat_rating: ticket.csatRating,
    created_at: ticket.createdAt.toISOString(),
    updated_at: ticket.updatedAt.toISOString(),
    first_reply_at: iso(ticket.firstReplyAt),
    closed_at: iso(closedAt),
    time_to_first_response_seconds: secondsBetween(ticket.createdAt, ticket.firstReplyAt),
    time_to_resolve_seconds: secondsBetween(ticket.createdAt, closedAt),
    last_message_at: iso(ticket.lastMessageAt),
    last_message_from: ticket.lastMessageFrom,
    custom_fields: { ...(ticket.customFields ?? {}) },
    sla: computeSla({ createdAt: ticket.createdAt, firstReplyAt: ticket.firstReplyAt, closedAt }, thresholds, now),
  };
}

export function toTicketMessageResponse(message: TicketMessage): TicketMessageResponse {
  return {
    id: message.id,
    author: message.author,
    member_id: message.memberId,
    text: message.erasedAt ? null : message.text,
    internal: message.internal,
    attachments: message.attachments.map((attachment) => ({
      id: attachment.id,
      type: attachment.type,
      file_name: attachment.file_name,
      mime_type: attachment.mime_type,
      size: attachment.size,
      url: `/v1/helpdesk/tickets/${message.ticketId}/attachments/${attachment.id}`,
      error: attachment.error ?? null,
    })),
    delivery: message.delivery,
    delivery_error: message.deliveryError ?? null,
    created_at: message.createdAt.toISOString(),
    edited_at: iso(message.editedAt ?? null),
    edits: (message.edits ?? []).map((edit) => ({ text: edit.text, replaced_at: edit.replaced_at })),
    erased: Boolean(message.erasedAt),
  };
}

export function toTicketStatusChangeResponse(change: TicketStatusChange): TicketStatusChangeResponse {
  return {
    from: change.fromStatus,
    to: change.toStatus,
    changed_at: change.changedAt.toISOString(),
    source: change.source,
    member_id: change.memberId,
  };
}

export function toTicketDetailsResponse(
  ticket: Ticket,
  messages: TicketMessage[],
  history: TicketStatusChange[],
  thresholds: SlaThresholds,
  now: Date = new Date(),
): TicketDetailsResponse {
  return {
    ...toTicketResponse(ticket, thresholds, now),
    messages: messages.map(toTicketMessageResponse),
    status_history: history.map(toTicketStatusChangeResponse),
  };
}
