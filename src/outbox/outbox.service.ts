import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isWriteTransaction, type Sql, sqlOfManager, type WriteTransaction } from '../common/database/sql.js';
import { OutboxEvent, type OutboxStatus, type OutboxTopic } from './outbox-event.entity.js';
import { STREAMED_IN_TRANSACTION, TRANSACTION_POSITION_SQL } from './stream-positions.js';

export interface NewOutboxEvent {
  projectId: string;
  topic: OutboxTopic;
  eventType: string;
  aggregateId?: string | null;
  payload: Record<string, unknown>;
}

/** Channel name workers LISTEN on; NOTIFY is delivered only once the writing transaction has committed. */
export const OUTBOX_NOTIFY_CHANNEL = 'outbox_event';
/** Channel live event streams LISTEN on; the payload is the project id whose stream has new events. */
export const PROJECT_EVENTS_NOTIFY_CHANNEL = 'project_events';

/** Why a webhook event is not sent: stored with the event (at insert, or by the worker when it is due). */
export const WEBHOOK_SKIP_REASONS = {
  none: 'no webhook configured',
  disabled: 'webhook disabled',
  notSubscribed: 'event not subscribed',
} as const;

/** The events GET /v1/events streams: the ticket webhooks. */
export function isStreamedEvent(event: NewOutboxEvent): boolean {
  return event.topic === 'webhook' && event.eventType.startsWith('ticket.');
}

@Injectable()
export class OutboxService {
  /**
   * Appends events through the caller's transaction, so they commit or roll back with the change that
   * caused them, and wakes the workers of their topics (each topic once) and the project's live streams.
   * One statement, as every ticket write ends here: rows are inserted in array order (ids follow it).
   * Returns the stored rows in order, except in a counted write (countedWrite), where the statement runs
   * in the commit round trip, nothing comes back, and the wake-ups are sent after COMMIT (CommitWakes).
   */
  async append(manager: EntityManager | Sql, events: NewOutboxEvent[]): Promise<OutboxEvent[]> {
    if (events.length === 0) return [];
    // Every caller appends one project's events. Were several projects' streamed events ever passed
    // together, each project's would go as a statement of its own (one stream announcement per statement).
    const rows: OutboxEventRow[] = [];
    for (const group of groupByProject(events)) rows.push(...(await this.insertWithPositions(manager, group)));
    return rows.map(toOutboxEvent);
  }

  /** In a counted write the statement joins the commit round trip, and no rows come back. */
  private async insertWithPositions(manager: EntityManager | Sql, events: NewOutboxEvent[]): Promise<OutboxEventRow[]> {
    const sql = manager instanceof EntityManager ? sqlOfManager(manager) : manager;
    if (!isWriteTransaction(sql)) return sql.query<OutboxEventRow>(...insertWithPositions(events, true));
    sql.atCommit(...insertWithPositions(events, false), (rows) => wakeAfterCommit(sql, events, rows));
    return [];
  }
}

/** The events of each project, in the order each project first appears (one group in practice). */
function groupByProject(events: NewOutboxEvent[]): NewOutboxEvent[][] {
  const groups = new Map<string, NewOutboxEvent[]>();
  for (const event of events) {
    const group = groups.get(event.projectId);
    if (group) group.push(event);
    else groups.set(event.projectId, [event]);
  }
  return [...groups.values()];
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
 * (the usual case, a project without a webhook, costs no background round trips). In the commit round
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
         SELECT CASE WHEN event.topic <> 'webhook' THEN NULL
                     WHEN w.project_id IS NULL THEN $8
                     WHEN w.disabled_at IS NOT NULL THEN $9
                     WHEN w.events IS NOT NULL AND NOT event.event_type = ANY (w.events) THEN $10
                END AS reason
         FROM (SELECT 1) AS one LEFT JOIN webhook w ON w.project_id = event.project_id) AS unwanted
       ORDER BY position
       RETURNING ${withRows ? `${OUTBOX_COLUMNS}` : 'topic, status'})
     SELECT ${withRows ? 'inserted.*' : 'count(*) AS stored'}, ${wakes}
     FROM inserted ${withRows ? 'ORDER BY id' : ''}`,
    [
      ...eventColumns(events),
      streamed,
      streamIndexes,
      WEBHOOK_SKIP_REASONS.none,
      WEBHOOK_SKIP_REASONS.disabled,
      WEBHOOK_SKIP_REASONS.notSubscribed,
      ...(withRows ? [OUTBOX_NOTIFY_CHANNEL, PROJECT_EVENTS_NOTIFY_CHANNEL, streamProject] : []),
    ],
  ];
}

/** The wake-ups of a tail's outbox insert, sent after its COMMIT. */
function wakeAfterCommit(tail: WriteTransaction, events: NewOutboxEvent[], rows: Array<Record<string, unknown>>): void {
  for (const topic of (rows[0]?.pending_topics as string[] | undefined) ?? []) {
    tail.wakeAfterCommit(OUTBOX_NOTIFY_CHANNEL, topic);
  }
  const streamProject = events.find(isStreamedEvent)?.projectId;
  if (streamProject) tail.wakeAfterCommit(PROJECT_EVENTS_NOTIFY_CHANNEL, streamProject);
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
