import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEvent, OutboxTopic } from './outbox-event.entity.js';

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
   * caused them. Returns the stored rows in order.
   */
  async append(manager: EntityManager, events: NewOutboxEvent[]): Promise<OutboxEvent[]> {
    if (events.length === 0) return [];
    const rows = events.map((event) => manager.create(OutboxEvent, { ...event, aggregateId: event.aggregateId ?? null }));
    const saved = await manager.save(OutboxEvent, rows);
    const topics = [...new Set(events.map((event) => event.topic))];
    for (const topic of topics) await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_NOTIFY_CHANNEL, topic]);
    return saved;
  }
}
