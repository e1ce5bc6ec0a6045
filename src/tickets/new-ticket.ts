import type { Channel } from '../common/channels.js';
import type { Subscriber } from '../subscribers/subscriber.entity.js';
import type { TicketPriority } from './ticket-enums.js';
import type { MessageAttachment } from './ticket-message.entity.js';
import { Ticket } from './ticket.entity.js';

/** Everything a new ticket and its first (customer) message are written with. */
export interface NewTicketValues {
  ticketId: string;
  projectId: string;
  messageId: string;
  subject: string | null;
  channel: Channel;
  chatId: number | null;
  subscriber: Subscriber;
  ticketTypeId: string | null;
  ticketTypeName: string | null;
  text: string;
  attachments: MessageAttachment[];
  assignedTo: string | null;
  priority: TicketPriority;
  tags: string[];
  /** Validated values of the project's custom fields (CustomFieldsService). */
  customFields?: Record<string, unknown>;
}

export interface InsertedTicketRow {
  /** Null while the insert waits for the commit round trip (TicketsService.create). */
  ticket_number: number | null;
  created_at: Date;
}

/** The inserted ticket as the database now holds it (column defaults spelled out), without reading it back. */
export function insertedTicket(values: NewTicketValues, row: InsertedTicketRow): Ticket {
  return Object.assign(new Ticket(), {
    id: values.ticketId,
    projectId: values.projectId,
    ticketNumber: row.ticket_number as number,
    subject: values.subject,
    status: 'new',
    priority: values.priority,
    channel: values.channel,
    chatId: values.chatId,
    subscriberId: values.subscriber.id,
    subscriber: values.subscriber,
    ticketTypeId: values.ticketTypeId,
    ticketTypeName: values.ticketTypeName,
    assignedTo: values.assignedTo,
    tags: values.tags,
    customFields: values.customFields ?? {},
    csatRating: null,
    firstReplyAt: null,
    closedAt: null,
    lastMessageAt: row.created_at,
    lastMessageFrom: 'customer',
    createdAt: row.created_at,
    updatedAt: row.created_at,
  } satisfies Omit<Ticket, 'project' | 'assignee' | 'searchVector'>);
}
