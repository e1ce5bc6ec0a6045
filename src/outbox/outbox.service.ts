import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { commitTailOf } from '../common/database/counted-write.js';
import { OutboxEvent, type OutboxStatus, type OutboxTopic } from './outbox-event.entity.js';

export interface NewOutboxEvent {
  projectId: string;
  topic: OutboxTopic;
  eventType: string;
  aggregateId?: string | null;
  payload: Record<string, unknown>;
}

/** Channel name workers LISTEN on; NOTIFY is delivered only when the writing transaction commits. */
export const OUTBOX_NOTIFY_CHANNEL = 'outbox_event';
/** Channel live event streams LISTEN on; the payload is the project id whose stream has new events. */
export const PROJECT_EVENTS_NOTIFY_CHANNEL = 'project_events';

/** The events GET /v1/events streams: the ticket webhooks. */
export function isStreamedEvent(event: NewOutboxEvent): boolean {
  return event.topic === 'webhook' && event.eventType.startsWith('ticket.');
}

@Injectable()
export class OutboxService {
  /**
   * Appends events through the caller's transaction, so they commit or roll back with the change that
   * caused them, and wakes the workers of their topics. One statement, as every ticket write ends here:
   * rows are inserted in array order (ids follow it) and each topic is NOTIFYed once. Returns the stored
   * rows in order, except in a counted write (countedWrite), where the statement runs in the commit
   * round trip (it takes the project's stream position, held until COMMIT) and nothing comes back.
   */
  async append(manager: EntityManager, events: NewOutboxEvent[]): Promise<OutboxEvent[]> {
    if (events.length === 0) return [];
    const topics = [...new Set(events.map((event) => event.topic))];
    const streamedProjects = new Set(events.filter(isStreamedEvent).map((event) => event.projectId));
    // The usual case (every streamed event of one project): the stream position is taken in the same
    // statement as the insert, one round trip per write instead of two.
    const rows: OutboxEventRow[] =
      streamedProjects.size > 1
        ? await this.insertTakingPositionsFirst(manager, events, topics)
        : await this.insertWithPositions(manager, events, topics);
    return rows.map(toOutboxEvent);
  }

  /** In a counted write the statement joins the commit round trip, and no rows come back. */
  private async insertWithPositions(
    manager: EntityManager,
    events: NewOutboxEvent[],
    topics: string[],
  ): Promise<OutboxEventRow[]> {
    const [sql, parameters] = insertWithPositions(events, topics);
    const tail = commitTailOf(manager);
    if (!tail) return manager.query(sql, parameters);
    tail.add(sql, parameters);
    return [];
  }

  /** Streamed events of several projects in one append (rare): positions first, one counter per project. */
  private async insertTakingPositionsFirst(
    manager: EntityManager,
    events: NewOutboxEvent[],
    topics: string[],
  ): Promise<OutboxEventRow[]> {
    const positions = await this.takeStreamPositions(manager, events);
    return manager.query(
      `WITH inserted AS (
         INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload, stream_position)
         SELECT project_id, topic, event_type, aggregate_id, payload, stream_position
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::jsonb[], $8::bigint[])
              WITH ORDINALITY AS event (project_id, topic, event_type, aggregate_id, payload, stream_position, position)
         ORDER BY position
         RETURNING *)
       SELECT inserted.*, (SELECT count(pg_notify($6, topic)) FROM unnest($7::text[]) AS woken (topic)) AS notified
       FROM inserted ORDER BY id`,
      [...eventColumns(events), OUTBOX_NOTIFY_CHANNEL, topics, positions],
    );
  }

  /**
   * Positions for the streamed events, from each project's counter row, which stays locked until the
   * caller commits: positions are handed out in commit order. Announces the projects to live streams
   * (NOTIFY, delivered on commit). Other events get null.
   */
  private async takeStreamPositions(manager: EntityManager, events: NewOutboxEvent[]): Promise<Array<string | null>> {
    const counts = new Map<string, number>();
    for (const event of events)
      if (isStreamedEvent(event)) counts.set(event.projectId, (counts.get(event.projectId) ?? 0) + 1);
    const next = new Map<string, bigint>();
    for (const [projectId, count] of counts) {
      const [row]: Array<{ last_position: string }> = await manager.query(
        `INSERT INTO project_event_counter (project_id, last_position) VALUES ($1, $2)
         ON CONFLICT (project_id) DO UPDATE SET last_position = project_event_counter.last_position + $2
         RETURNING last_position, pg_notify($3, $1::text)`,
        [projectId, count, PROJECT_EVENTS_NOTIFY_CHANNEL],
      );
      next.set(projectId, BigInt(row.last_position) - BigInt(count) + 1n);
    }
    return events.map((event) => {
      if (!isStreamedEvent(event)) return null;
      const position = next.get(event.projectId)!;
      next.set(event.projectId, position + 1n);
      return position.toString();
    });
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
 * One statement: the project's stream counter row is advanced by the number of streamed events (and
 * stays locked until the caller commits, so positions follow commit order), the live streams are
 * announced, the rows are inserted in array order, and each topic's workers are woken. A payload whose
 * `ticket_number` is null gets the number of its ticket: a ticket created in the commit round trip
 * (TicketsService.create) has its number only there.
 */
function insertWithPositions(events: NewOutboxEvent[], topics: string[]): [string, unknown[]] {
  let streamed = 0;
  const streamIndexes = events.map((event) => (isStreamedEvent(event) ? ++streamed : null));
  const streamProject = events.find(isStreamedEvent)?.projectId ?? null;
  return [
    `WITH counter AS (
       INSERT INTO project_event_counter (project_id, last_position)
       SELECT $8::uuid, $9::bigint WHERE $9::bigint > 0
       ON CONFLICT (project_id)
       DO UPDATE SET last_position = project_event_counter.last_position + excluded.last_position
       RETURNING last_position, pg_notify($10, project_id::text)),
     inserted AS (
       INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload, stream_position)
       SELECT project_id, topic, event_type, aggregate_id,
              CASE WHEN payload -> 'ticket_number' = 'null'::jsonb
                   THEN jsonb_set(payload, '{ticket_number}',
                                  to_jsonb((SELECT ticket_number FROM ticket WHERE id = aggregate_id)))
                   ELSE payload END,
              CASE WHEN stream_index IS NULL THEN NULL
                   ELSE (SELECT last_position FROM counter) - $9::bigint + stream_index END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::jsonb[], $11::bigint[])
            WITH ORDINALITY AS event (project_id, topic, event_type, aggregate_id, payload, stream_index, position)
       ORDER BY position
       RETURNING *)
     SELECT inserted.*, (SELECT count(pg_notify($6, topic)) FROM unnest($7::text[]) AS woken (topic)) AS notified
     FROM inserted ORDER BY id`,
    [
      ...eventColumns(events),
      OUTBOX_NOTIFY_CHANNEL,
      topics,
      streamProject,
      streamed,
      PROJECT_EVENTS_NOTIFY_CHANNEL,
      streamIndexes,
    ],
  ];
}

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
