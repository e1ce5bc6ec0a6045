import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MapError, OnRows, Sql, WriteTransaction } from '../common/database/sql.js';
import { type ClaimedOutboxEvent, updatedRows } from './outbox-claim.js';
import { OutboxEvent, type OutboxStatus, type OutboxTopic } from './outbox-event.entity.js';
import {
  type AnnouncingStatement,
  isStreamedEvent,
  type NewOutboxEvent,
  OUTBOX_NOTIFY_CHANNEL,
  PROJECT_EVENTS_NOTIFY_CHANNEL,
  WEBHOOK_SKIP_REASONS,
} from './outbox-events.js';
import { STREAMED_IN_TRANSACTION, TRANSACTION_POSITION_SQL } from './stream-positions.js';

// A claim looks at a window of the longest-due rows only (read in the pending index's order), so it costs
// the same with a backlog of millions. Rows in it that are not their aggregate's head are skipped; a single
// aggregate with more queued events than the window delays others until it drains below the window.
const MIN_CANDIDATE_WINDOW = 1_000;

/** A claimed row fenced on its lease: `$1` is the id and `$2` the attempts of the claim. */
type ClaimedRow = Pick<ClaimedOutboxEvent, 'id' | 'attempts'>;

/** The outcome of one claimed row for `settleClaimedBatch`. */
export interface ClaimedRowUpdate {
  id: string;
  attempts: number;
  status: string;
  delayMs: number;
  lastError: string | null;
  /** 1 gives the claim's attempt back (shutting down mid-attempt), else 0. */
  release: number;
}

/**
 * The statements of the outbox table, its only writer: appends with stream positions, claims, the outcomes
 * of claimed rows, and the LISTEN that wakes the consumers.
 */
@Injectable()
export class OutboxStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts one project's events now (see `insertWithPositions`) and returns the stored rows in order; the
   * statement itself NOTIFYs the workers and live streams (delivered at commit).
   */
  async insert(sql: Sql, events: NewOutboxEvent[]): Promise<OutboxEvent[]> {
    const rows = await sql.query<OutboxEventRow>(...insertWithPositions(events, true));
    return rows.map(toOutboxEvent);
  }

  /**
   * Queues the insert of one project's events for the commit round trip of a counted write; `onStored` gets
   * the topics that got rows to deliver (their workers to wake) once committed.
   */
  insertAtCommit(
    transaction: WriteTransaction,
    events: NewOutboxEvent[],
    onStored: (pendingTopics: string[]) => void,
  ): void {
    transaction.atCommit(...insertWithPositions(events, false), (rows) =>
      onStored((rows[0]?.pending_topics as string[] | undefined) ?? []),
    );
  }

  /**
   * Queues for the commit round trip another store's statement whose rows may each announce one webhook
   * event (AnnouncingStatement). The events are stored here, skipped when the project's webhook does not
   * want them, as `insert` does (not streamed: only `ticket.*` events are). `onRows` gets the source's rows
   * once committed, each with `webhook_pending`: whether its event awaits delivery.
   */
  insertAnnouncedAtCommit(
    transaction: WriteTransaction,
    source: AnnouncingStatement,
    onRows: OnRows,
    mapError?: MapError,
  ): void {
    const first = source.parameters.length + 1;
    transaction.atCommit(
      `WITH source AS MATERIALIZED (${source.sql}),
       inserted AS (
         INSERT INTO outbox_event
           (project_id, topic, event_type, aggregate_id, payload, status, last_error, processed_at)
         SELECT s.event_project_id, 'webhook', s.event_type, s.event_aggregate_id, s.event_payload,
                CASE WHEN unwanted.reason IS NULL THEN 'pending' ELSE 'skipped' END, unwanted.reason,
                CASE WHEN unwanted.reason IS NULL THEN NULL ELSE now() END
         FROM source s
         CROSS JOIN LATERAL (${webhookSkipReasonSql('s.event_project_id', 's.event_type', first)}) AS unwanted
         WHERE s.event_type IS NOT NULL
         RETURNING status)
       SELECT source.*, EXISTS (SELECT 1 FROM inserted WHERE status = 'pending') AS webhook_pending FROM source`,
      [...source.parameters, ...webhookSkipReasons()],
      onRows,
      mapError,
    );
  }

  /** A project's stored events about the given aggregates, oldest first, locked for a rewrite of their payloads. */
  lockPayloadsOf(sql: Sql, projectId: string, aggregateIds: string[]): Promise<StoredPayload[]> {
    return sql.query<StoredPayload>(
      `SELECT id::text, topic, status, payload FROM outbox_event
        WHERE aggregate_id = ANY($2::uuid[]) AND project_id = $1 ORDER BY id FOR UPDATE`,
      [projectId, aggregateIds],
    );
  }

  /** New payloads for rows read by lockPayloadsOf, in one statement. */
  async replacePayloads(sql: Sql, rows: Array<{ id: string; payload: unknown }>): Promise<void> {
    if (rows.length === 0) return;
    await sql.query(
      `UPDATE outbox_event o SET payload = r.payload
         FROM unnest($1::bigint[], $2::jsonb[]) AS r(id, payload) WHERE o.id = r.id`,
      [rows.map((row) => row.id), rows.map((row) => JSON.stringify(row.payload))],
    );
  }

  /**
   * Claims up to `limit` due rows of one topic in one short statement, for every outbox consumer (webhooks
   * and each messenger). FOR UPDATE SKIP LOCKED lets processes claim side by side without waiting on each
   * other; the lease (next_attempt_at moved `leaseMs` ahead) keeps the row away from others after the
   * statement commits, while it is delivered outside any transaction. A row waits while an older pending row
   * of the same aggregate exists, so one ticket's events go out in order (an in-flight or retrying older row
   * is still pending). The head lookup is written as ORDER BY … LIMIT 1 on outbox_event_pending_aggregate_idx
   * so the planner takes that index even before the table has statistics (a NOT EXISTS there was planned as a
   * scan of every pending row per row: O(n²)). The status/next_attempt_at conditions are repeated on the
   * locked row so a row another process claimed meanwhile is re-checked after the lock and left alone.
   */
  async claim(claim: {
    topic: OutboxTopic;
    limit: number;
    leaseMs: number;
    projectId?: string;
  }): Promise<ClaimedOutboxEvent[]> {
    const rows = updatedRows<Record<string, unknown>>(
      await this.dataSource.query(
        `WITH candidates AS MATERIALIZED (
       SELECT id, aggregate_id FROM outbox_event
        WHERE topic = $4 AND status = 'pending' AND next_attempt_at <= now()
          AND ($3::uuid IS NULL OR project_id = $3::uuid)
        ORDER BY next_attempt_at
        LIMIT greatest($1 * 8, ${MIN_CANDIDATE_WINDOW})),
     due AS (
       SELECT o.id FROM outbox_event o JOIN candidates c ON c.id = o.id
        WHERE o.status = 'pending' AND o.next_attempt_at <= now()
          AND (c.aggregate_id IS NULL OR c.id = (
                SELECT head.id FROM outbox_event head
                 WHERE head.topic = $4 AND head.status = 'pending' AND head.aggregate_id = c.aggregate_id
                 ORDER BY head.topic, head.aggregate_id, head.id
                 LIMIT 1))
        ORDER BY o.id
        LIMIT $1
        FOR UPDATE OF o SKIP LOCKED)
     UPDATE outbox_event o
        SET attempts = o.attempts + 1, next_attempt_at = now() + $2::int * interval '1 millisecond'
       FROM due WHERE o.id = due.id
     RETURNING o.id, o.event_id, o.project_id, o.event_type, o.aggregate_id, o.payload, o.created_at, o.attempts`,
        [claim.limit, claim.leaseMs, claim.projectId ?? null, claim.topic],
      ),
    );
    return rows
      .map((row) => ({
        id: String(row.id),
        eventId: row.event_id as string,
        projectId: row.project_id as string,
        eventType: row.event_type as string,
        aggregateId: (row.aggregate_id as string | null) ?? null,
        payload: row.payload as Record<string, unknown>,
        createdAt: row.created_at as Date,
        attempts: Number(row.attempts),
      }))
      .sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
  }

  /** A claimed row delivered; false when this process no longer held its lease. */
  completeClaimed(sql: Sql, event: ClaimedRow): Promise<boolean> {
    return this.settleClaimed(sql, event, `status = 'done', processed_at = now(), last_error = NULL`);
  }

  /** A claimed row failed for good, with why. */
  failClaimed(sql: Sql, event: ClaimedRow, reason: string): Promise<boolean> {
    return this.settleClaimed(sql, event, `status = 'failed', processed_at = now(), last_error = $3`, [reason]);
  }

  /** A claimed row to be tried again after `delayMs` (the attempt counts). */
  retryClaimedLater(sql: Sql, event: ClaimedRow, delayMs: number, reason: string): Promise<boolean> {
    return this.settleClaimed(
      sql,
      event,
      `next_attempt_at = now() + $3::int * interval '1 millisecond', last_error = $4`,
      [delayMs, reason],
    );
  }

  /** A claimed row given back for `waitMs` without counting the attempt (the receiver asked to wait). */
  giveBackClaimed(sql: Sql, event: ClaimedRow, waitMs: number, reason: string): Promise<boolean> {
    return this.settleClaimed(
      sql,
      event,
      `attempts = attempts - 1, next_attempt_at = now() + $3::int * interval '1 millisecond', last_error = $4`,
      [waitMs, reason],
    );
  }

  /**
   * Moves several claimed rows on at once (the webhook worker's outcomes), each fenced on its lease as in
   * `settleClaimed`: status, `release` attempts given back, next attempt after `delayMs`, last error; done,
   * failed and skipped rows get processed_at. The ids of the rows this process still held.
   */
  async settleClaimedBatch(sql: Sql, updates: ClaimedRowUpdate[]): Promise<Set<string>> {
    const applied = await sql.query<{ id: string }>(
      `UPDATE outbox_event o
          SET status = u.status,
              attempts = o.attempts - u.release,
              next_attempt_at = now() + u.delay_ms * interval '1 millisecond',
              last_error = u.last_error,
              processed_at = CASE WHEN u.status = 'pending' THEN NULL ELSE now() END
         FROM unnest($1::bigint[], $2::int[], $3::text[], $4::int[], $5::text[], $6::int[])
              AS u(id, attempts, status, delay_ms, last_error, release)
        WHERE o.id = u.id AND o.attempts = u.attempts AND o.status = 'pending'
        RETURNING o.id`,
      [
        updates.map((u) => u.id),
        updates.map((u) => u.attempts),
        updates.map((u) => u.status),
        updates.map((u) => u.delayMs),
        updates.map((u) => u.lastError),
        updates.map((u) => u.release),
      ],
    );
    return new Set(applied.map((row) => String(row.id)));
  }

  /**
   * Applies `set` to a claimed row only while this process still holds its lease (attempts unchanged since
   * the claim, still pending): a process whose lease ran out, and whose row another process re-claimed,
   * changes nothing. `$1` is the id and `$2` the attempts; extra parameters start at `$3`.
   */
  private async settleClaimed(sql: Sql, event: ClaimedRow, set: string, extra: unknown[] = []): Promise<boolean> {
    const rows = await sql.query(
      `UPDATE outbox_event SET ${set} WHERE id = $1 AND attempts = $2 AND status = 'pending' RETURNING id`,
      [event.id, event.attempts, ...extra],
    );
    return rows.length > 0;
  }
}

/** The events as the parallel arrays the inserts unnest as $1–$5: project, topic, type, aggregate, payload. */
function eventColumns(events: NewOutboxEvent[]): unknown[][] {
  return [
    events.map((event) => event.projectId),
    events.map((event) => event.topic),
    events.map((event) => event.eventType),
    events.map((event) => event.aggregateId ?? null),
    events.map((event) => JSON.stringify(event.payload)),
  ];
}

/**
 * One statement for one project's events: the streamed ones get positions after those the transaction
 * already streamed (see stream-positions.ts) and the live streams are announced, the rows are inserted in
 * array order, and the workers of each topic with rows to deliver are woken. A payload whose
 * `ticket_number` is null gets the number of its ticket: a ticket created in the commit round trip
 * (TicketsService.create) has its number only there. A webhook event that the project's webhook does not
 * want (none configured, disabled, not subscribed) is stored already `skipped`, with the reason the worker
 * would give: the webhook as it is when the event happens decides, and the worker has nothing to claim
 * (the usual case, a project without a webhook, costs no background round trips). A `team_chat` row (an
 * internal note, for the team chat's mirror) is stored only when the project has a team group. In the commit round
 * trip (`withRows` false) nothing is read back, so only a count comes back, not the payloads.
 */
function insertWithPositions(events: NewOutboxEvent[], withRows: boolean): [string, unknown[]] {
  let streamed = 0;
  const streamIndexes = events.map((event) => (isStreamedEvent(event) ? ++streamed : null));
  const streamProject = events.find(isStreamedEvent)?.projectId ?? null;
  // In the commit round trip the wake-ups are sent after COMMIT (the tail's wakes, see CommitWakes): the
  // statement only says which topics got rows to deliver. Otherwise it NOTIFYs, delivered at commit.
  const countStreamed = `count(set_config('${STREAMED_IN_TRANSACTION}', (streamed + $6::bigint)::text, true))`;
  const wakes = withRows
    ? `(SELECT count(pg_notify($11, topic))
          FROM (SELECT DISTINCT topic FROM inserted WHERE status = 'pending') AS woken) AS notified,
       (SELECT ${countStreamed} + count(pg_notify($12, $13::text)) FROM taken WHERE $6::bigint > 0) AS announced`
    : `array(SELECT DISTINCT topic FROM inserted WHERE status = 'pending') AS pending_topics,
       (SELECT ${countStreamed} FROM taken WHERE $6::bigint > 0) AS announced`;
  return [
    // `taken` is read once (materialized) before the statement raises the transaction's count.
    `WITH taken AS MATERIALIZED (
       SELECT coalesce(nullif(current_setting('${STREAMED_IN_TRANSACTION}', true), ''), '0')::bigint AS streamed),
     inserted AS (
       INSERT INTO outbox_event
         (project_id, topic, event_type, aggregate_id, payload, stream_position, status, last_error, processed_at)
       SELECT project_id, topic, event_type, aggregate_id,
              CASE WHEN payload -> 'ticket_number' = 'null'::jsonb
                   THEN jsonb_set(payload, '{ticket_number}',
                                  to_jsonb((SELECT ticket_number FROM ticket WHERE id = aggregate_id)))
                   ELSE payload END,
              CASE WHEN stream_index IS NULL THEN NULL
                   ELSE ${TRANSACTION_POSITION_SQL} + (SELECT streamed FROM taken) + stream_index END,
              CASE WHEN unwanted.reason IS NULL THEN 'pending' ELSE 'skipped' END,
              unwanted.reason,
              CASE WHEN unwanted.reason IS NULL THEN NULL ELSE now() END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::jsonb[], $7::bigint[])
            WITH ORDINALITY AS event (project_id, topic, event_type, aggregate_id, payload, stream_index, position)
       CROSS JOIN LATERAL (
         SELECT CASE WHEN event.topic = 'team_chat' THEN 'read by the team chat by stream position'
                     WHEN event.topic <> 'webhook' THEN NULL ELSE skip.reason END AS reason
         FROM (${webhookSkipReasonSql('event.project_id', 'event.event_type', 8)}) AS skip) AS unwanted
       -- A team_chat row only for a project with a team group (its mirror reads it); otherwise none at all.
       WHERE event.topic <> 'team_chat'
          OR EXISTS (SELECT 1 FROM team_chat_group g WHERE g.project_id = event.project_id)
       ORDER BY position
       RETURNING ${withRows ? `${OUTBOX_COLUMNS}` : 'topic, status'})
     SELECT ${withRows ? 'inserted.*' : 'count(*) AS stored'}, ${wakes}
     FROM inserted ${withRows ? 'ORDER BY id' : ''}`,
    [
      ...eventColumns(events),
      streamed,
      streamIndexes,
      ...webhookSkipReasons(),
      ...(withRows ? [OUTBOX_NOTIFY_CHANNEL, PROJECT_EVENTS_NOTIFY_CHANNEL, streamProject] : []),
    ],
  ];
}

/**
 * Why the project's webhook does not want an event (null: it does), as one row: none configured, disabled,
 * not subscribed. The three reasons are parameters `$first`…`$first+2` (webhookSkipReasons).
 */
function webhookSkipReasonSql(projectId: string, eventType: string, first: number): string {
  return `SELECT CASE WHEN w.project_id IS NULL THEN $${first}
                      WHEN w.disabled_at IS NOT NULL THEN $${first + 1}
                      WHEN w.events IS NOT NULL AND NOT ${eventType} = ANY (w.events) THEN $${first + 2}
                 END AS reason
          FROM (SELECT 1) AS one LEFT JOIN webhook w ON w.project_id = ${projectId}`;
}

function webhookSkipReasons(): string[] {
  return [WEBHOOK_SKIP_REASONS.none, WEBHOOK_SKIP_REASONS.disabled, WEBHOOK_SKIP_REASONS.notSubscribed];
}

// Named columns, not *: a prepared copy of the insert must not change shape when a column is added.
const OUTBOX_COLUMNS = `id, event_id, project_id, topic, event_type, aggregate_id, payload, stream_position, status,
                 attempts, next_attempt_at, last_error, created_at, processed_at`;

interface OutboxEventRow {
  id: string;
  event_id: string;
  project_id: string;
  topic: OutboxTopic;
  event_type: string;
  aggregate_id: string | null;
  payload: Record<string, unknown>;
  stream_position: string | null;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  processed_at: Date | null;
}

function toOutboxEvent(row: OutboxEventRow): OutboxEvent {
  return Object.assign(new OutboxEvent(), {
    id: row.id,
    eventId: row.event_id,
    projectId: row.project_id,
    topic: row.topic,
    eventType: row.event_type,
    aggregateId: row.aggregate_id,
    payload: row.payload,
    streamPosition: row.stream_position,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    processedAt: row.processed_at,
  } satisfies OutboxEvent);
}

/** An event's payload as stored, with what decides whether it may be rewritten. */
export interface StoredPayload {
  id: string;
  topic: OutboxTopic;
  status: OutboxStatus;
  payload: Record<string, unknown>;
}
