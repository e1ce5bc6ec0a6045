import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUuid } from '../common/ids.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { type CommitTail, commitTailOf, writeThrough } from '../common/database/counted-write.js';
import type { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import type { TicketResponse } from './dto/ticket-response.dto.js';
import { slaThresholdsOf } from './sla.js';
import { announcementEvents } from './ticket-announcements.js';
import { type Announcement, isEmptyChange, type TicketChange } from './ticket-change.js';
import { TicketMessage } from './ticket-message.entity.js';
import { Ticket } from './ticket.entity.js';
import { LIST_COLUMNS, ticketFromListRow, type TicketListRow } from './ticket-list.query.js';
import { subscriberOfRow } from '../subscribers/subscriber-row.js';
import type { Channel } from '../common/channels.js';
import { toTicketResponse } from './ticket.mapper.js';
import { TicketNotFound } from './tickets.errors.js';
import { ReplyReachability } from './reply-reachability.js';
import { sqlOfManager } from '../common/database/sql.js';

export type NewTicketMessage = Omit<
  TicketMessage,
  'id' | 'createdAt' | 'ticket' | 'member' | 'editedAt' | 'edits' | 'deliveryError'
>;

/**
 * The writes every ticket change shares, inside the caller's transaction: load (and lock) the project's
 * ticket, apply a planned change with its status history, and put the events it owes in the outbox.
 */
@Injectable()
export class TicketWriter {
  constructor(
    private readonly outbox: OutboxService,
    private readonly reachability: ReplyReachability,
  ) {}

  /** Whether a public reply on the loaded ticket goes to a chat; refused when it never could (ReplyReachability). */
  reachesChat(ticket: Ticket): boolean {
    return this.reachability.reachesChat(ticket);
  }

  /** The project's ticket with its customer; a malformed, unknown or foreign id is the same 404. */
  async load(project: AuthenticatedProject, manager: EntityManager, ticketId: string, lock = false): Promise<Ticket> {
    if (!isUuid(ticketId)) throw new TicketNotFound();
    // One fixed statement (prepared per connection when it opens a counted write), no query building per call.
    const [row]: Array<TicketListRow & SubscriberColumns> = await manager.query(lock ? LOAD_FOR_UPDATE : LOAD, [
      ticketId,
    ]);
    if (!row || row.project_id !== project.id) throw new TicketNotFound();
    return ticketOfRow(row);
  }

  /**
   * Applies a planned change to a locked ticket and writes its history and outbox events. Returns the
   * ticket's new API shape, or null when nothing changed (no write, no event).
   */
  async commit(
    project: AuthenticatedProject,
    manager: EntityManager,
    ticket: Ticket,
    change: TicketChange,
    settings: HelpdeskSettings,
  ): Promise<TicketResponse | null> {
    if (isEmptyChange(change)) return null;
    // Message text joins the ticket's search document, so `q` needs no join over messages. A tsvector
    // is limited to 1 MB: past 900 kB (a very long conversation) later messages are no longer indexed
    // rather than failing the reply (searchVectorAppend).
    const tail = commitTailOf(manager);
    const updated = tail
      ? this.updateAtCommit(tail, manager, ticket, change)
      : await this.updateNow(manager, ticket, change);
    if (change.history.length > 0) {
      await writeThrough(
        manager,
        `INSERT INTO ticket_status_change (ticket_id, from_status, to_status, source, member_id)
         SELECT $1, from_status, to_status, source, member_id
         FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[])
              AS entry (from_status, to_status, source, member_id)`,
        [
          ticket.id,
          change.history.map((entry) => entry.from),
          change.history.map((entry) => entry.to),
          change.history.map((entry) => entry.source),
          change.history.map((entry) => entry.memberId ?? null),
        ],
      );
    }
    const response = toTicketResponse(updated, slaThresholdsOf(settings));
    await this.announce(project, manager, updated, response, settings, change.announcements);
    return response;
  }

  /** The UPDATE now; the row comes back from it rather than from a second read. */
  private async updateNow(manager: EntityManager, ticket: Ticket, change: TicketChange): Promise<Ticket> {
    const values: Record<string, unknown> = { ...change.set, updatedAt: () => 'now()' };
    if (change.searchText !== undefined) values.searchVector = () => searchVectorAppend(':searchText');
    // Property paths: TypeORM turns them into column names; it silently drops column names that are not
    // also property names.
    const metadata = manager.connection.getMetadata(Ticket);
    const returned = metadata.columns.filter((column) => column.isSelect);
    const result = await manager
      .createQueryBuilder()
      .update(Ticket)
      .set(values)
      .where('id = :id', { id: ticket.id })
      .setParameter('searchText', change.searchText ?? '')
      .returning(returned.map((column) => column.propertyPath))
      .execute();
    const row = (result.raw as Array<Record<string, unknown>>)[0];
    const updated = Object.assign(new Ticket(), ticket);
    for (const column of returned) {
      (updated as unknown as Record<string, unknown>)[column.propertyName] =
        manager.connection.driver.prepareHydratedValue(row[column.databaseName], column);
    }
    return updated;
  }

  /**
   * In a counted write the UPDATE joins the commit round trip, and the new row is computed here: every
   * value the change sets is a literal or now(), which in the transaction is `tail.startedAt`.
   */
  private updateAtCommit(tail: CommitTail, manager: EntityManager, ticket: Ticket, change: TicketChange): Ticket {
    const metadata = manager.connection.getMetadata(Ticket);
    const parameters: unknown[] = [ticket.id];
    const assignments = ['updated_at = now()'];
    const updated = Object.assign(new Ticket(), ticket, { updatedAt: tail.startedAt });
    for (const [property, value] of Object.entries(change.set)) {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`ticket has no column for ${property}`);
      const now = typeof value === 'function';
      if (now) assignments.push(`"${column.databaseName}" = now()`);
      else {
        parameters.push(value);
        assignments.push(`"${column.databaseName}" = $${parameters.length}`);
      }
      (updated as unknown as Record<string, unknown>)[property] = now ? tail.startedAt : value;
    }
    if (change.searchText !== undefined) {
      parameters.push(change.searchText);
      assignments.push(`search_vector = ${searchVectorAppend(`$${parameters.length}::text`)}`);
    }
    tail.add(`UPDATE ticket SET ${assignments.join(', ')} WHERE id = $1`, parameters);
    return updated;
  }

  /** Turns announcements into outbox rows written through the caller's transaction. */
  async announce(
    project: AuthenticatedProject,
    manager: EntityManager,
    ticket: Ticket,
    response: TicketResponse,
    settings: HelpdeskSettings,
    announcements: Announcement[],
  ): Promise<void> {
    const events = announcementEvents(project.id, ticket, response, settings.csatEnabled, announcements);
    await this.outbox.append(sqlOfManager(manager), events);
  }

  /**
   * Writes a message. `atCommit` (in a counted write): the insert waits for the commit round trip, with
   * its id made here and its time the transaction's now(), which is what the database would give it.
   */
  async insertMessage(manager: EntityManager, values: NewTicketMessage, atCommit = false): Promise<TicketMessage> {
    const tail = atCommit ? commitTailOf(manager) : null;
    if (tail) {
      const id = randomUUID();
      tail.add(
        `INSERT INTO ticket_message (id, ticket_id, author, member_id, text, internal, attachments, delivery)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
        [
          id,
          values.ticketId,
          values.author,
          values.memberId,
          values.text,
          values.internal,
          JSON.stringify(values.attachments),
          values.delivery,
        ],
      );
      return Object.assign(new TicketMessage(), values, {
        id,
        createdAt: tail.startedAt,
        editedAt: null,
        edits: [],
        deliveryError: null,
      });
    }
    const inserted = await manager.insert(TicketMessage, values);
    const generated = inserted.generatedMaps[0] as Pick<TicketMessage, 'id' | 'createdAt'>;
    return Object.assign(new TicketMessage(), values, {
      id: generated.id,
      createdAt: generated.createdAt,
      editedAt: null,
      edits: [],
      deliveryError: null,
    });
  }
}

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
const LOAD = `SELECT ${LIST_COLUMNS}, s.project_id AS customer_project_id, s.channel AS customer_channel,
         s.chat_id AS customer_chat_id, s.lang AS customer_lang, s.blocked_at AS customer_blocked_at,
         s.contacted_at AS customer_contacted_at, s.created_at AS customer_created_at
    FROM ticket t JOIN subscriber s ON s.id = t.subscriber_id
   WHERE t.id = $1`;
const LOAD_FOR_UPDATE = `${LOAD} FOR UPDATE OF t`;

interface SubscriberColumns {
  customer_project_id: string;
  customer_channel: Channel;
  customer_chat_id: string | null;
  customer_lang: string | null;
  customer_blocked_at: Date | null;
  customer_contacted_at: Date | null;
  customer_created_at: Date;
}

/** The Ticket entity, with its customer, from a row of LOAD. */
function ticketOfRow(row: TicketListRow & SubscriberColumns): Ticket {
  const subscriber = subscriberOfRow({
    id: row.subscriber_id,
    project_id: row.customer_project_id,
    channel: row.customer_channel,
    chat_id: row.customer_chat_id,
    first_name: row.customer_first_name,
    username: row.customer_username,
    lang: row.customer_lang,
    blocked_at: row.customer_blocked_at,
    contacted_at: row.customer_contacted_at,
    created_at: row.customer_created_at,
  });
  return Object.assign(new Ticket(), ticketFromListRow(row), { subscriber });
}
