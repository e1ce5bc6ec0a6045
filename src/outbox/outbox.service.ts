import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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

@Injectable()
export class OutboxService {
  /**
   * Appends events through the caller's transaction, so they commit or roll back with the change that
   * caused them, and wakes the workers of their topics. One statement, as every ticket write ends here:
   * rows are inserted in array order (ids follow it) and each topic is NOTIFYed once. Returns the stored
   * rows in order.
   */
  async append(manager: EntityManager, events: NewOutboxEvent[]): Promise<OutboxEvent[]> {
    if (events.length === 0) return [];
    const topics = [...new Set(events.map((event) => event.topic))];
    const rows: OutboxEventRow[] = await manager.query(
      `WITH inserted AS (
         INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload)
         SELECT project_id, topic, event_type, aggregate_id, payload
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::jsonb[])
              WITH ORDINALITY AS event (project_id, topic, event_type, aggregate_id, payload, position)
         ORDER BY position
         RETURNING *)
       SELECT inserted.*, (SELECT count(pg_notify($6, topic)) FROM unnest($7::text[]) AS woken (topic)) AS notified
       FROM inserted ORDER BY id`,
      [
        events.map((event) => event.projectId),
        events.map((event) => event.topic),
        events.map((event) => event.eventType),
        events.map((event) => event.aggregateId ?? null),
        events.map((event) => JSON.stringify(event.payload)),
        OUTBOX_NOTIFY_CHANNEL,
        topics,
      ],
    );
    return rows.map((row) =>
      Object.assign(new OutboxEvent(), {
        id: row.id,
        eventId: row.event_id,
        projectId: row.project_id,
        topic: row.topic,
        eventType: row.event_type,
        aggregateId: row.aggregate_id,
        payload: row.payload,
        status: row.status,
        attempts: row.attempts,
        nextAttemptAt: row.next_attempt_at,
        lastError: row.last_error,
        createdAt: row.created_at,
        processedAt: row.processed_at,
      } satisfies OutboxEvent),
    );
  }
}

interface OutboxEventRow {
  id: string;
  event_id: string;
  project_id: string;
  topic: OutboxTopic;
  event_type: string;
  aggregate_id: string | null;
  payload: Record<string, unknown>;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  processed_at: Date | null;
}
