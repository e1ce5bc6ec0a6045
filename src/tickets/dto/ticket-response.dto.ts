import { ApiProperty } from '@nestjs/swagger';
import { ATTACHMENT_TYPES, type AttachmentType } from '../../attachments/attachment-kinds.js';
import {
  CHANGE_SOURCES,
  LAST_MESSAGE_FROM,
  MESSAGE_AUTHORS,
  MESSAGE_DELIVERIES,
  MESSAGE_DELIVERY_ERRORS,
  type MessageDeliveryError,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type ChangeSource,
  type LastMessageFrom,
  type MessageAuthor,
  type MessageDelivery,
  type TicketPriority,
  type TicketStatus,
} from '../ticket-enums.js';
import { type Channel, CHANNELS } from '../../common/channels.js';

export class TicketCustomerResponse {
  @ApiProperty({ type: 'string', nullable: true }) first_name: string | null;
  @ApiProperty({ type: 'string', nullable: true }) username: string | null;
}

export class TicketSlaResponse {
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'null when no first-reply SLA is set',
  })
  first_reply_due_at: string | null;
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'null when no resolution SLA is set',
  })
  resolve_due_at: string | null;
  @ApiProperty() first_reply_breached: boolean;
  @ApiProperty() resolve_breached: boolean;
}

export class MessageAttachmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ATTACHMENT_TYPES }) type: AttachmentType;
  @ApiProperty({ type: 'string', nullable: true, example: 'invoice.pdf' }) file_name: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'application/pdf' }) mime_type: string | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Bytes; null while unknown (a customer file not yet downloaded)',
  })
  size: number | null;
  @ApiProperty({
    description: 'GET it with the same Authorization: /v1/helpdesk/tickets/{id}/attachments/{attachment_id}',
    example: '/v1/helpdesk/tickets/8b3c…/attachments/0f1e…',
  })
  url: string;
  @ApiProperty({
    type: 'string',
    nullable: true,
    description:
      'Why the file cannot be downloaded (e.g. over the 20 MB the messenger lets bots download); null when it can',
  })
  error: string | null;
}

export class MessageEditResponse {
  @ApiProperty({ description: 'The text before this edit' }) text: string;
  @ApiProperty({ format: 'date-time', description: 'When it was replaced' }) replaced_at: string;
}

export class TicketMessageResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MESSAGE_AUTHORS }) author: MessageAuthor;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) member_id: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'null once the customer who wrote it was erased' })
  text: string | null;
  @ApiProperty({ description: 'An internal note: never shown to the customer' }) internal: boolean;
  @ApiProperty({ type: [MessageAttachmentResponse] }) attachments: MessageAttachmentResponse[];
  @ApiProperty({
    enum: MESSAGE_DELIVERIES,
    nullable: true,
    description: 'Chat delivery of a public agent reply on telegram/max',
  })
  delivery: MessageDelivery | null;
  @ApiProperty({
    enum: MESSAGE_DELIVERY_ERRORS,
    nullable: true,
    description:
      'Why a `failed` delivery did not reach the chat: `blocked` (the customer blocked the bot), ' +
      '`chat_not_found` (the chat or user is gone), `rejected` (the messenger refused the message), ' +
      '`gave_up` (the messenger kept failing until retries ran out). Its credit was given back (a `refund` ' +
      'ledger entry). Null otherwise',
  })
  delivery_error: MessageDeliveryError | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'Last time the customer edited the message in the messenger; null if never',
  })
  edited_at: string | null;
  @ApiProperty({ type: [MessageEditResponse], description: 'Earlier texts of an edited message, oldest first' })
  edits: MessageEditResponse[];
  @ApiProperty({ description: 'The customer who wrote it was erased: its text and files are gone' })
  erased: boolean;
}

export class TicketStatusChangeResponse {
  @ApiProperty({ enum: TICKET_STATUSES }) from: TicketStatus;
  @ApiProperty({ enum: TICKET_STATUSES }) to: TicketStatus;
  @ApiProperty({ format: 'date-time' }) changed_at: string;
  @ApiProperty({ enum: CHANGE_SOURCES }) source: ChangeSource;
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The signed-in member who made the change; null for the API key, the bot and `auto`',
  })
  member_id: string | null;
}

export class TicketResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer', example: 42 }) ticket_number: number;
  @ApiProperty({ type: 'string', nullable: true }) subject: string | null;
  @ApiProperty({ enum: TICKET_STATUSES }) status: TicketStatus;
  @ApiProperty({ enum: TICKET_PRIORITIES }) priority: TicketPriority;
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ type: 'integer', format: 'int64', nullable: true }) chat_id: number | null;
  @ApiProperty({ format: 'uuid', description: "The customer's id (GET /v1/helpdesk/customers/{customer_id})" })
  subscriber_id: string;
  @ApiProperty({ type: TicketCustomerResponse }) customer: TicketCustomerResponse;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) ticket_type_id: string | null;
  @ApiProperty({ type: 'string', nullable: true }) ticket_type_name: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) assigned_to: string | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, maximum: 5 }) csat_rating: number | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) first_reply_at: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'The last close; null while open' })
  closed_at: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) time_to_first_response_seconds: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'From creation to the last close' })
  time_to_resolve_seconds: number | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) last_message_at: string | null;
  @ApiProperty({ enum: LAST_MESSAGE_FROM, nullable: true }) last_message_from: LastMessageFrom | null;
  @ApiProperty({ type: TicketSlaResponse }) sla: TicketSlaResponse;
  @ApiProperty({
    type: Object,
    additionalProperties: true,
    example: { order_id: 'A-1042' },
    description: 'Values of the custom fields by key (GET /v1/helpdesk/custom-fields); absent keys are unset',
  })
  custom_fields: Record<string, unknown>;
}

export class TicketDetailsResponse extends TicketResponse {
  @ApiProperty({ type: [TicketMessageResponse], description: 'Oldest first, internal notes included' })
  messages: TicketMessageResponse[];
  @ApiProperty({ type: [TicketStatusChangeResponse], description: 'Oldest first' })
  status_history: TicketStatusChangeResponse[];
}

export class TicketListResponse {
  @ApiProperty({ type: [TicketResponse] }) tickets: TicketResponse[];
  @ApiProperty({ type: 'integer', description: 'All tickets matching the filters' }) total: number;
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page',
  })
  next_cursor: string | null;
}

export class TicketReplyResponse {
  @ApiProperty({ type: TicketMessageResponse }) message: TicketMessageResponse;
}

export class BulkResultResponse {
  @ApiProperty({ type: 'integer', description: 'Tickets that actually changed' }) affected: number;
}

export class RenderedCannedResponse {
  @ApiProperty({ example: 'Hello, Anna! Ticket #42 is with Boris.' }) text: string;
}
