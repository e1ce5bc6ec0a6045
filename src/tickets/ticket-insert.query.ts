import type { Subscriber } from '../subscribers/subscriber.entity.js';
import type { TicketPriority } from './ticket-enums.js';
import type { MessageAttachment } from './ticket-message.entity.js';
import { Ticket } from './ticket.entity.js';
import { type Channel } from '../common/channels.js';
import { HotRowQueue, hotRowQueueTurn } from '../common/database/hot-row-queue.js';

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
}

export interface InsertedTicketRow {
  /** Null while the insert waits for the commit round trip (TicketsService.create). */
  ticket_number: number | null;
  created_at: Date;
}

/**
 * Takes the project's next ticket number and writes the ticket and its first message in one statement.
 * The counter row lock serialises creators of one project until commit (a rollback gives the number
 * back, so numbers stay gapless); one statement keeps that lock short, and the project's creators take
 * it in arrival order (hot-row-queue.ts). Returns `[sql, params]`.
 */
export function ticketInsertQuery(values: NewTicketValues): [string, unknown[]] {
  const sql = `WITH queued AS MATERIALIZED (SELECT ${hotRowQueueTurn(HotRowQueue.TicketNumber, '$1::uuid')}),
         counter AS (
           INSERT INTO ticket_number_counter (project_id, last_number) SELECT $1::uuid, 1 FROM queued
           ON CONFLICT (project_id) DO UPDATE SET last_number = ticket_number_counter.last_number + 1
           RETURNING last_number),
         created AS (
           INSERT INTO ticket (id, project_id, ticket_number, subject, channel, chat_id, subscriber_id, ticket_type_id,
                               ticket_type_name, assigned_to, priority, tags, last_message_at, last_message_from,
                               search_vector)
           SELECT $2, $1, counter.last_number, $3, $4, $5, $6, $7, $8, $12, $13, $14::text[], now(), 'customer',
                  to_tsvector('simple', coalesce($3, '') || ' ' || $9)
           FROM counter
           RETURNING ticket_number, created_at),
         first_message AS (
           INSERT INTO ticket_message (id, ticket_id, author, text, internal, attachments, delivery)
           SELECT $10, $2, 'customer', $9, false, $11::jsonb, NULL FROM created)
         SELECT ticket_number, created_at FROM created`;
  return [
    sql,
    [
      values.projectId,
      values.ticketId,
      values.subject,
      values.channel,
      values.chatId,
      values.subscriber.id,
      values.ticketTypeId,
      values.ticketTypeName,
      values.text,
      values.messageId,
      JSON.stringify(values.attachments),
      values.assignedTo,
      values.priority,
      values.tags,
    ],
  ];
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
    csatRating: null,
    firstReplyAt: null,
    closedAt: null,
    lastMessageAt: row.created_at,
    lastMessageFrom: 'customer',
    createdAt: row.created_at,
    updatedAt: row.created_at,
  } satisfies Omit<Ticket, 'project' | 'assignee' | 'searchVector'>);
}

/** An internal system note on a ticket; clock_timestamp(), as now() would tie with the first message. */
export function systemNoteInsertQuery(ticketId: string, text: string): [string, unknown[]] {
  return [
    `INSERT INTO ticket_message (ticket_id, author, text, internal, attachments, delivery, created_at)
     VALUES ($1, 'system', $2, true, '[]', NULL, clock_timestamp())`,
    [ticketId, text],
  ];
}
