import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Channel } from '../common/channels.js';
import type { Statement } from '../common/database/statement-batch.js';
import { HotRowQueue, hotRowQueueTurn } from '../common/database/hot-row-queue.js';
import {
  isWriteTransaction,
  type Sql,
  sqlOfPool,
  type WriteTransaction,
  writeThrough,
} from '../common/database/sql.js';
import { subscriberOfRow } from '../subscribers/subscriber-row.js';
import type { TicketChange } from './ticket-change.js';
import type { InsertedTicketRow, NewTicketValues } from './new-ticket.js';
import { LIST_COLUMNS, ticketFromListRow, type TicketListRow } from './ticket-list.store.js';
import { type MessageAttachment, TicketMessage } from './ticket-message.entity.js';
import { TicketStatusChange } from './ticket-status-change.entity.js';
import { Ticket } from './ticket.entity.js';

export type NewTicketMessage = Omit<
  TicketMessage,
  'id' | 'createdAt' | 'ticket' | 'member' | 'editedAt' | 'edits' | 'deliveryError'
>;

/**
 * The `ticket` aggregate's rows: tickets (numbered by the project's counter), their messages and status
 * history. Statements that run in a counted write's commit round trip keep their text fixed: they are
 * prepared per connection by text.
 */
@Injectable()
export class TicketStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The ticket with its customer (locked for the transaction with `lock`); null when there is none. */
  async load(sql: Sql, ticketId: string, lock = false): Promise<Ticket | null> {
    const [row] = await sql.query<TicketListRow & SubscriberColumns>(lock ? LOAD_FOR_UPDATE : LOAD, [ticketId]);
    return row ? ticketOfRow(row) : null;
  }

  /** The project's tickets among `ids`, locked in id order, so two writers over overlapping sets cannot deadlock. */
  async lockMany(sql: Sql, projectId: string, ids: string[]): Promise<Ticket[]> {
    const rows = await sql.query<TicketListRow & SubscriberColumns>(LOCK_MANY, [projectId, ids]);
    return rows.map(ticketOfRow);
  }

  /**
   * Takes the project's next ticket number and writes the ticket and its first message in one statement.
   * The counter row lock serialises creators of one project until commit (a rollback gives the number
   * back, so numbers stay gapless); one statement keeps that lock short, and the project's creators take
   * it in arrival order (hot-row-queue.ts).
   */
  async insertNumbered(sql: Sql, values: NewTicketValues): Promise<InsertedTicketRow> {
    const [row] = await sql.query<InsertedTicketRow>(INSERT_NUMBERED, insertParameters(values));
    return row;
  }

  /** insertNumbered in the commit round trip: the number reaches `onNumber` once committed. */
  insertNumberedAtCommit(
    tx: WriteTransaction,
    values: NewTicketValues,
    onNumber: (ticketNumber: number) => void,
  ): void {
    tx.atCommit(INSERT_NUMBERED, insertParameters(values), ([inserted]) => onNumber(Number(inserted.ticket_number)));
  }

  /** An internal system note; clock_timestamp(), as now() would tie with the first message. */
  async insertSystemNote(sql: Sql, ticketId: string, text: string): Promise<void> {
    await writeThrough(
      sql,
      `INSERT INTO ticket_message (ticket_id, author, text, internal, attachments, delivery, created_at)
     VALUES ($1, 'system', $2, true, '[]', NULL, clock_timestamp())`,
      [ticketId, text],
    );
  }

  async insertStatusChanges(sql: Sql, ticketId: string, history: TicketChange['history']): Promise<void> {
    await writeThrough(
      sql,
      `INSERT INTO ticket_status_change (ticket_id, from_status, to_status, source, member_id)
         SELECT $1, from_status, to_status, source, member_id
         FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[])
              AS entry (from_status, to_status, source, member_id)`,
      [
        ticketId,
        history.map((entry) => entry.from),
        history.map((entry) => entry.to),
        history.map((entry) => entry.source),
        history.map((entry) => entry.memberId ?? null),
      ],
    );
  }

  /**
   * Applies `change.set` (and the search text) to the ticket and returns the ticket as it then is. In a
   * counted write the UPDATE joins the commit round trip, and the new row is computed here: every value the
   * change sets is a literal or now(), which in the transaction is `startedAt`. Otherwise the row comes
   * back from the UPDATE itself rather than from a second read.
   */
  async update(sql: Sql, ticket: Ticket, change: TicketChange): Promise<Ticket> {
    const metadata = this.dataSource.getMetadata(Ticket);
    const parameters: unknown[] = [ticket.id];
    const assignments = ['updated_at = now()'];
    const atCommit = isWriteTransaction(sql);
    const updated = Object.assign(new Ticket(), ticket);
    for (const [property, value] of Object.entries(change.set)) {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`ticket has no column for ${property}`);
      if (typeof value === 'function') assignments.push(`"${column.databaseName}" = now()`);
      else {
        parameters.push(value);
        assignments.push(`"${column.databaseName}" = $${parameters.length}`);
        (updated as unknown as Record<string, unknown>)[property] = value;
      }
    }
    // Message text joins the ticket's search document, so `q` needs no join over messages.
    if (change.searchText !== undefined) {
      parameters.push(change.searchText);
      assignments.push(`search_vector = ${searchVectorAppend(`$${parameters.length}::text`)}`);
    }
    const statement = `UPDATE ticket SET ${assignments.join(', ')} WHERE id = $1`;
    if (atCommit) {
      sql.atCommit(statement, parameters);
      const now = sql.startedAt;
      updated.updatedAt = now;
      for (const [property, value] of Object.entries(change.set))
        if (typeof value === 'function') (updated as unknown as Record<string, unknown>)[property] = now;
      return updated;
    }
    const returned = metadata.columns.filter((column) => column.isSelect);
    const [row] = await sql.query(
      `${statement} RETURNING ${returned.map((column) => `"${column.databaseName}"`).join(', ')}`,
      parameters,
    );
    for (const column of returned) {
      (updated as unknown as Record<string, unknown>)[column.propertyName] =
        this.dataSource.driver.prepareHydratedValue(row[column.databaseName], column);
    }
    return updated;
  }

  /**
   * Writes a message. `atCommit` (in a counted write): the insert waits for the commit round trip, with
   * its id made here and its time the transaction's now(), which is what the database would give it.
   */
  async insertMessage(sql: Sql, values: NewTicketMessage, atCommit = false): Promise<TicketMessage> {
    const inCommit = atCommit && isWriteTransaction(sql);
    const id = randomUUID();
    const parameters = [
      id,
      values.ticketId,
      values.author,
      values.memberId,
      values.text,
      values.internal,
      JSON.stringify(values.attachments),
      values.delivery,
    ];
    let createdAt: Date;
    if (inCommit) {
      sql.atCommit(INSERT_MESSAGE, parameters);
      createdAt = sql.startedAt;
    } else {
      [{ created_at: createdAt }] = await sql.query<{ created_at: Date }>(
        `${INSERT_MESSAGE} RETURNING created_at`,
        parameters,
      );
    }
    return Object.assign(new TicketMessage(), values, {
      id,
      createdAt,
      editedAt: null,
      edits: [],
      deliveryError: null,
    });
  }

  /**
   * Adds files (and a caption) to a customer's message already stored; returns its text, or null when the
   * ticket has no such customer message. A caption replaces the placeholder of a media message without one
   * (`[photo]`), else adds a line.
   */
  async appendToCustomerMessage(
    sql: Sql,
    ticketId: string,
    messageId: string,
    input: { text: string | null; attachments: MessageAttachment[] },
  ): Promise<string | null> {
    const [row] = await sql.query<{ text: string }>(
      `UPDATE ticket_message
            SET attachments = attachments || $3::jsonb,
                text = CASE WHEN $4::text IS NULL THEN text
                            WHEN text ~ '^\\[[a-z_]+\\]$' THEN $4::text
                            ELSE text || E'\\n' || $4::text END
          WHERE id = $1 AND ticket_id = $2 AND author = 'customer' AND erased_at IS NULL RETURNING text`,
      [messageId, ticketId, JSON.stringify(input.attachments), input.text],
    );
    return row?.text ?? null;
  }

  /** A customer's message of the ticket, for an edit. */
  async findCustomerMessage(sql: Sql, ticketId: string, messageId: string): Promise<TicketMessage | null> {
    const [row] = await sql.query<Record<string, unknown>>(
      `SELECT * FROM ticket_message WHERE id = $1 AND ticket_id = $2 AND author = 'customer' AND erased_at IS NULL`,
      [messageId, ticketId],
    );
    return row ? this.hydrate(TicketMessage, row) : null;
  }

  /** The ticket's messages after `messageId`, oldest first; null when that is not a message of the ticket. */
  async messagesAfter(sql: Sql, ticketId: string, messageId: string): Promise<TicketMessage[] | null> {
    const rows = await sql.query<Record<string, unknown>>(
      `SELECT m.*, m.id = seen.id AS seen FROM ticket_message seen
         JOIN ticket_message m ON m.ticket_id = seen.ticket_id AND (m.created_at, m.id) >= (seen.created_at, seen.id)
        WHERE seen.id = $2 AND seen.ticket_id = $1 ORDER BY m.created_at, m.id`,
      [ticketId, messageId],
    );
    if (rows.length === 0) return null;
    return rows.filter((row) => row.seen !== true).map((row) => this.hydrate(TicketMessage, row));
  }

  /** The message's new text, with the texts it replaced and when. */
  async updateMessageText(sql: Sql, message: TicketMessage): Promise<void> {
    await sql.query(`UPDATE ticket_message SET text = $2, edits = $3::jsonb, edited_at = $4 WHERE id = $1`, [
      message.id,
      message.text,
      JSON.stringify(message.edits),
      message.editedAt,
    ]);
  }

  /** The conversation, oldest first, internal notes included. */
  messagesOf(ticketId: string): Promise<TicketMessage[]> {
    return this.dataSource.manager.find(TicketMessage, { where: { ticketId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The last public messages (no internal notes), newest first. */
  lastPublicMessagesOf(ticketId: string, limit: number): Promise<TicketMessage[]> {
    return this.dataSource.manager.find(TicketMessage, {
      where: { ticketId, internal: false },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  historyOf(ticketId: string): Promise<TicketStatusChange[]> {
    return this.dataSource.manager.find(TicketStatusChange, { where: { ticketId }, order: { id: 'ASC' } });
  }

  /** Rows of `ticketsOfChatStatement`, run on the pool. */
  ticketsOfChat(channel: Channel, chatId: number, closedWithinDays: number): Promise<Array<Record<string, unknown>>> {
    return sqlOfPool(this.dataSource).query(...ticketsOfChatStatement(channel, chatId, closedWithinDays));
  }

  /** The delivery outcome of a message queued for a chat, in the project; false when none changed. */
  async markDelivery(
    sql: Sql,
    projectId: string,
    messageId: string,
    delivery: 'sent' | 'failed',
    deliveryError: string | null,
  ): Promise<boolean> {
    const updated = await sql.query(
      `UPDATE ticket_message m SET delivery = $3, delivery_error = $4
         FROM ticket t
        WHERE m.id = $1 AND m.delivery IS NOT NULL AND t.id = m.ticket_id AND t.project_id = $2
        RETURNING 1`,
      [messageId, projectId, delivery, deliveryError],
    );
    return updated.length > 0;
  }

  /** An entity from a raw row, with TypeORM's column conversions. */
  private hydrate<T extends object>(entity: new () => T, row: Record<string, unknown>): T {
    const metadata = this.dataSource.getMetadata(entity);
    const hydrated = new entity() as Record<string, unknown>;
    for (const column of metadata.columns.filter((candidate) => candidate.isSelect))
      hydrated[column.propertyName] = this.dataSource.driver.prepareHydratedValue(row[column.databaseName], column);
    return hydrated as T;
  }
}

const INSERT_NUMBERED = `WITH queued AS MATERIALIZED (SELECT ${hotRowQueueTurn(HotRowQueue.TicketNumber, '$1::uuid')}),
         counter AS (
           INSERT INTO ticket_number_counter (project_id, last_number) SELECT $1::uuid, 1 FROM queued
           ON CONFLICT (project_id) DO UPDATE SET last_number = ticket_number_counter.last_number + 1
           RETURNING last_number),
         created AS (
           INSERT INTO ticket (id, project_id, ticket_number, subject, channel, chat_id, subscriber_id, ticket_type_id,
                               ticket_type_name, assigned_to, priority, tags, last_message_at, last_message_from,
                               search_vector, custom_fields)
           SELECT $2, $1, counter.last_number, $3, $4, $5, $6, $7, $8, $12, $13, $14::text[], now(), 'customer',
                  to_tsvector('simple', coalesce($3, '') || ' ' || $9), $15::jsonb
           FROM counter
           RETURNING ticket_number, created_at),
         first_message AS (
           INSERT INTO ticket_message (id, ticket_id, author, text, internal, attachments, delivery)
           SELECT $10, $2, 'customer', $9, false, $11::jsonb, NULL FROM created)
         SELECT ticket_number, created_at FROM created`;

function insertParameters(values: NewTicketValues): unknown[] {
  return [
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
    JSON.stringify(values.customFields ?? {}),
  ];
}

const INSERT_MESSAGE = `INSERT INTO ticket_message
           (id, ticket_id, author, member_id, text, internal, attachments, delivery)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`;

/** The search document with a message's text added, left as it is past 900 kB (a tsvector's limit is 1 MB). */
function searchVectorAppend(text: string): string {
  return (
    'CASE WHEN pg_column_size(search_vector) > 900000 THEN search_vector ' +
    `ELSE coalesce(search_vector, ''::tsvector) || to_tsvector('simple', ${text}) END`
  );
}

// By primary key alone, the project checked in Node: with `project_id` in the WHERE too, the planner can
// cost a project's list index the same as the key (both "1 row" while a fast-growing project's statistics
// are stale) and walk every ticket of the project (seen: 300 buffers per lookup).
const LOAD_FROM = `SELECT ${LIST_COLUMNS}, s.project_id AS customer_project_id, s.channel AS customer_channel,
         s.chat_id AS customer_chat_id, s.lang AS customer_lang, s.blocked_at AS customer_blocked_at,
         s.contacted_at AS customer_contacted_at, s.created_at AS customer_created_at,
         s.last_name AS customer_last_name
    FROM ticket t JOIN subscriber s ON s.id = t.subscriber_id`;
const LOAD = `${LOAD_FROM}
   WHERE t.id = $1`;
const LOAD_FOR_UPDATE = `${LOAD} FOR UPDATE OF t`;
const LOCK_MANY = `${LOAD_FROM}
   WHERE t.project_id = $1 AND t.id = ANY($2::uuid[]) ORDER BY t.id FOR UPDATE OF t`;

interface SubscriberColumns {
  customer_project_id: string;
  customer_channel: Channel;
  customer_chat_id: string | null;
  customer_lang: string | null;
  customer_blocked_at: Date | null;
  customer_contacted_at: Date | null;
  customer_created_at: Date;
  customer_last_name: string | null;
}

/** The Ticket entity, with its customer, from a row of LOAD. */
function ticketOfRow(row: TicketListRow & SubscriberColumns): Ticket {
  const subscriber = subscriberOfRow({
    id: row.subscriber_id,
    project_id: row.customer_project_id,
    channel: row.customer_channel,
    chat_id: row.customer_chat_id,
    first_name: row.customer_first_name,
    last_name: row.customer_last_name,
    username: row.customer_username,
    lang: row.customer_lang,
    blocked_at: row.customer_blocked_at,
    contacted_at: row.customer_contacted_at,
    created_at: row.customer_created_at,
  });
  return Object.assign(new Ticket(), ticketFromListRow(row), { subscriber });
}

/** The statement of `findTicketsOfChat`, for a caller that sends it with others (`ticketsOfChatRows` reads it). */
export function ticketsOfChatStatement(channel: Channel, chatId: number, closedWithinDays: number): Statement {
  return [
    `SELECT t.id, t.project_id, p.name AS project_name, p.slug AS project_slug,
            p.config_version AS project_config_version, t.ticket_number, t.subject, t.status, t.closed_at,
            t.last_message_at, t.subscriber_id, s.blocked_at IS NOT NULL AS subscriber_blocked,
            s.agent_blocked AS customer_blocked
       FROM ticket t JOIN project p ON p.id = t.project_id JOIN subscriber s ON s.id = t.subscriber_id
      WHERE t.channel = $1 AND t.chat_id = $2 AND s.contacted_at IS NOT NULL
        AND (t.status <> 'closed' OR t.closed_at > now() - make_interval(days => $3))
      ORDER BY (t.status = 'closed'), t.last_message_at DESC NULLS LAST, t.ticket_number DESC
      LIMIT 50`,
    [channel, chatId, closedWithinDays],
  ];
}
