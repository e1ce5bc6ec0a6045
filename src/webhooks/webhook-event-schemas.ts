import { ApiProperty } from '@nestjs/swagger';
import { TicketMessageResponse, TicketResponse } from '../tickets/dto/ticket-response.dto.js';
import { TICKET_STATUSES } from '../tickets/ticket-enums.js';

/** `data` of ticket.replied: the ticket plus the message that was sent. */
class TicketRepliedData extends TicketResponse {
  @ApiProperty({ type: () => TicketMessageResponse }) message: TicketMessageResponse;
}

/** `data` of ticket.status_changed: the ticket plus the change. */
class TicketStatusChangedData extends TicketResponse {
  @ApiProperty({ enum: TICKET_STATUSES }) from: string;
  @ApiProperty({ enum: TICKET_STATUSES }) to: string;
}

/** `data` of ticket.updated: the ticket plus which fields changed. */
class TicketUpdatedData extends TicketResponse {
  @ApiProperty({ type: [String], example: ['subject'] }) changes: string[];
}

/** `data` of customer.erased. */
class CustomerErasedData {
  @ApiProperty({ format: 'uuid' }) customer_id: string;
  @ApiProperty({ format: 'date-time' }) erased_at: string;
}

function eventModel(event: string, data: new () => unknown, name: string): new () => unknown {
  class WebhookEvent {
    @ApiProperty({ enum: [event], example: event }) event: string;
    @ApiProperty({ format: 'date-time', example: '2026-12-01T10:00:00.000Z' }) timestamp: string;
    @ApiProperty({ type: () => data }) data: unknown;
  }
  Object.defineProperty(WebhookEvent, 'name', { value: name });
  return WebhookEvent;
}

/**
 * The body POSTed to the project's webhook for each event the server fires, one schema per event
 * (signed with X-Zapnoty-Signature: hex HMAC-SHA256 of the raw body with the webhook secret).
 */
export const WEBHOOK_EVENT_SCHEMAS: Record<string, new () => unknown> = {
  'ticket.created': eventModel('ticket.created', TicketResponse, 'TicketCreatedWebhookEvent'),
  'ticket.replied': eventModel('ticket.replied', TicketRepliedData, 'TicketRepliedWebhookEvent'),
  'ticket.status_changed': eventModel(
    'ticket.status_changed',
    TicketStatusChangedData,
    'TicketStatusChangedWebhookEvent',
  ),
  'ticket.closed': eventModel('ticket.closed', TicketResponse, 'TicketClosedWebhookEvent'),
  'ticket.assigned': eventModel('ticket.assigned', TicketResponse, 'TicketAssignedWebhookEvent'),
  'ticket.csat_received': eventModel('ticket.csat_received', TicketResponse, 'TicketCsatReceivedWebhookEvent'),
  'ticket.unanswered_24h': eventModel('ticket.unanswered_24h', TicketResponse, 'TicketUnanswered24hWebhookEvent'),
  'ticket.updated': eventModel('ticket.updated', TicketUpdatedData, 'TicketUpdatedWebhookEvent'),
  'ticket.deleted': eventModel('ticket.deleted', TicketResponse, 'TicketDeletedWebhookEvent'),
  'customer.erased': eventModel('customer.erased', CustomerErasedData, 'CustomerErasedWebhookEvent'),
};

export function webhookEventModels(): Array<new () => unknown> {
  return Object.values(WEBHOOK_EVENT_SCHEMAS);
}
