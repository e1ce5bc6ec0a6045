import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OutboxEvent } from '../../src/outbox/outbox-event.entity.js';
import { OutboxService } from '../../src/outbox/outbox.service.js';
import { sqlOfManager } from '../../src/common/database/sql.js';

export interface TestEvent {
  eventType?: string;
  aggregateId?: string | null;
  payload?: Record<string, unknown>;
}

/** Writes `webhook` outbox events the way features do: through OutboxService inside a transaction. */
export async function emitWebhookEvents(
  app: INestApplication,
  projectId: string,
  events: TestEvent[],
): Promise<OutboxEvent[]> {
  const outbox = app.get(OutboxService);
  return app.get(DataSource).transaction((manager) =>
    outbox.append(
      sqlOfManager(manager),
      events.map((event) => ({
        projectId,
        topic: 'webhook' as const,
        eventType: event.eventType ?? 'ticket.created',
        aggregateId: event.aggregateId === undefined ? randomUUID() : event.aggregateId,
        payload: event.payload ?? {
          id: randomUUID(),
          subject: 'Привет, "quotes" & unicode ✓',
          tags: ['a'],
          csat_rating: null,
        },
      })),
    ),
  );
}

export async function emitWebhookEvent(
  app: INestApplication,
  projectId: string,
  event: TestEvent = {},
): Promise<OutboxEvent> {
  const [row] = await emitWebhookEvents(app, projectId, [event]);
  return row;
}

export async function outboxRow(
  app: INestApplication,
  id: string,
): Promise<{ status: string; attempts: number; last_error: string | null }> {
  const [row] = await app
    .get(DataSource)
    .query('SELECT status, attempts, last_error FROM outbox_event WHERE id = $1', [id]);
  return row;
}
