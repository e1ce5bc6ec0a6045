import { Injectable } from '@nestjs/common';
import type { Sql } from '../common/database/sql.js';
import type { TeamChatGroupRow } from './team-chat.store.js';

export interface TopicRow {
  ticket_id: string;
  project_id: string;
  chat_id: string;
  thread_id: number;
  closed: boolean;
  header_sent: boolean;
}

/** One event of a project's stream (the `ticket.*` outbox rows, read by position). */
export interface MirroredEventRow {
  stream_position: string;
  event_type: string;
  payload: Record<string, any>;
}

const PAGE = 100;

/**
 * The stream horizon of this database (see stream-positions.ts): positions below it are final. The shared
 * horizon is the snapshot's xmin, held back by any long transaction of the whole cluster, another
 * database's included (a bulk load next door would stall the mirror). Here a transaction still running at
 * the snapshot counts unless pg_stat_activity shows it in another database: one that ended meanwhile, or
 * one whose database is hidden from this role, still holds the horizon back (never too far ahead).
 */
const DATABASE_HORIZON_SQL = `(SELECT coalesce(
     (SELECT min(x::text::bigint) FROM pg_snapshot_xip(snapshot.s) AS x
       WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a
                          WHERE a.datname IS DISTINCT FROM current_database() AND a.backend_xid IS NOT NULL
                            AND a.backend_xid::text::bigint = x::text::bigint & 4294967295)),
     pg_snapshot_xmax(snapshot.s)::text::bigint) << 20
   FROM (SELECT pg_current_snapshot() AS s) AS snapshot)`;
const TOPIC_COLUMNS = 'ticket_id, project_id, chat_id::text AS chat_id, thread_id, closed, header_sent';

/**
 * The statements of the topic mirror: the stream of a project's events after the mirror's position (the
 * rows the ticket writes already store, read by stream position like GET /v1/events), the group's lease
 * and position, the topics of tickets, and the messages written from a topic (not posted back).
 */
@Injectable()
export class TeamChatMirrorStore {
  /** Groups with events past their position, not leased by another process, now leased by this one. */
  leaseDue(sql: Sql, leaseMs: number, projectId?: string): Promise<TeamChatGroupRow[]> {
    return sql.query<TeamChatGroupRow>(
      `UPDATE team_chat_group g SET lease_until = now() + $1::int * interval '1 millisecond'
        WHERE g.status <> 'bot_removed' AND (g.lease_until IS NULL OR g.lease_until < now())
          AND ($2::uuid IS NULL OR g.project_id = $2::uuid)
          AND EXISTS (SELECT 1 FROM outbox_event o WHERE o.project_id = g.project_id
                         AND o.stream_position > g.stream_position AND o.stream_position IS NOT NULL)
       RETURNING g.project_id, g.chat_id::text AS chat_id, g.title, g.status, g.linked_at,
                 g.stream_position::text AS stream_position`,
      [leaseMs, projectId ?? null],
    );
  }

  /** The next events after `from`, below the horizon (final: nothing can appear before them later). */
  eventsAfter(sql: Sql, projectId: string, from: string): Promise<MirroredEventRow[]> {
    return sql.query<MirroredEventRow>(
      `SELECT stream_position::text AS stream_position, event_type, payload FROM outbox_event
        WHERE project_id = $1 AND stream_position > $2 AND stream_position < ${DATABASE_HORIZON_SQL}
          AND event_type LIKE 'ticket.%'
        ORDER BY stream_position LIMIT ${PAGE}`,
      [projectId, from],
    );
  }

  /** Moves the position on (only while the group is still the same chat). */
  async advance(sql: Sql, projectId: string, chatId: string, position: string): Promise<void> {
    await sql.query(
      'UPDATE team_chat_group SET stream_position = $3 WHERE project_id = $1 AND chat_id = $2 AND stream_position < $3',
      [projectId, chatId, position],
    );
  }

  /** Keeps the group from every process for `ms` (Telegram asked to wait). */
  async holdLease(sql: Sql, projectId: string, ms: number): Promise<void> {
    await sql.query(
      `UPDATE team_chat_group SET lease_until = now() + $2::int * interval '1 millisecond' WHERE project_id = $1`,
      [projectId, ms],
    );
  }

  async release(sql: Sql, projectId: string): Promise<void> {
    await sql.query('UPDATE team_chat_group SET lease_until = NULL WHERE project_id = $1', [projectId]);
  }

  async topicOfTicket(sql: Sql, ticketId: string): Promise<TopicRow | null> {
    const [row] = await sql.query<TopicRow>(`SELECT ${TOPIC_COLUMNS} FROM team_chat_topic WHERE ticket_id = $1`, [
      ticketId,
    ]);
    return row ?? null;
  }

  async topicOfThread(sql: Sql, chatId: string, threadId: number): Promise<TopicRow | null> {
    const [row] = await sql.query<TopicRow>(
      `SELECT ${TOPIC_COLUMNS} FROM team_chat_topic WHERE chat_id = $1 AND thread_id = $2`,
      [chatId, threadId],
    );
    return row ?? null;
  }

  async markHeaderSent(sql: Sql, ticketId: string): Promise<void> {
    await sql.query('UPDATE team_chat_topic SET header_sent = true WHERE ticket_id = $1', [ticketId]);
  }

  async insertTopic(sql: Sql, topic: Omit<TopicRow, 'closed' | 'header_sent'>): Promise<void> {
    await sql.query(
      `INSERT INTO team_chat_topic (ticket_id, project_id, chat_id, thread_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (ticket_id) DO UPDATE
          SET chat_id = excluded.chat_id, thread_id = excluded.thread_id, closed = false, header_sent = false`,
      [topic.ticket_id, topic.project_id, topic.chat_id, topic.thread_id],
    );
  }

  async setTopicClosed(sql: Sql, ticketId: string, closed: boolean): Promise<void> {
    await sql.query('UPDATE team_chat_topic SET closed = $2 WHERE ticket_id = $1', [ticketId, closed]);
  }

  /** A message written from the topic, in the transaction that stores it: the mirror skips it. */
  async insertEcho(sql: Sql, ticketId: string, messageId: string): Promise<void> {
    await sql.query('INSERT INTO team_chat_echo (message_id, ticket_id) VALUES ($1, $2)', [messageId, ticketId]);
  }

  /** True (and forgotten) when the message came from the topic. */
  async takeEcho(sql: Sql, messageId: string): Promise<boolean> {
    const rows = await sql.query('DELETE FROM team_chat_echo WHERE message_id = $1 RETURNING message_id', [messageId]);
    return rows.length > 0;
  }
}
