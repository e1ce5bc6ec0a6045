import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Sql } from '../common/database/sql.js';
import { OutboxEvent } from '../outbox/outbox-event.entity.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import type { DeliveryStatus } from './webhook-events.js';

export interface DeliveryLogEntry {
  projectId: string;
  outboxEventId: string;
  eventId: string;
  eventType: string;
  attempt: number;
  status: DeliveryStatus;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  url: string;
  redelivery: boolean;
}

export interface DeliveryLogFilter {
  limit: number;
  event?: string;
  eventId?: string;
  status?: string;
}

/** The webhook delivery log (one row per attempt), and the outbox events it points to. */
@Injectable()
export class WebhookDeliveryStore {
  constructor(@InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>) {}

  /** The project's attempts, newest first. */
  list(projectId: string, filter: DeliveryLogFilter): Promise<WebhookDelivery[]> {
    const builder = this.deliveries
      .createQueryBuilder('delivery')
      .where('delivery.projectId = :projectId', { projectId })
      .orderBy('delivery.createdAt', 'DESC')
      .addOrderBy('delivery.attempt', 'DESC')
      .take(filter.limit);
    if (filter.event) builder.andWhere('delivery.eventType = :event', { event: filter.event });
    if (filter.eventId) builder.andWhere('delivery.eventId = :eventId', { eventId: filter.eventId });
    if (filter.status) builder.andWhere('delivery.status = :status', { status: filter.status });
    return builder.getMany();
  }

  findInProject(projectId: string, deliveryId: string): Promise<WebhookDelivery | null> {
    return this.deliveries.findOneBy({ id: deliveryId, projectId });
  }

  findById(deliveryId: string): Promise<WebhookDelivery> {
    return this.deliveries.findOneByOrFail({ id: deliveryId });
  }

  /** The outbox event a logged attempt delivered. */
  findEvent(projectId: string, outboxEventId: string): Promise<OutboxEvent> {
    return this.deliveries.manager.getRepository(OutboxEvent).findOneByOrFail({ id: outboxEventId, projectId });
  }

  /** The number of the event's next attempt (1 when none is logged). */
  async nextAttempt(sql: Sql, eventId: string): Promise<number> {
    const [{ attempt }] = await sql.query<{ attempt: number }>(
      `SELECT coalesce(max(attempt), 0) + 1 AS attempt FROM webhook_delivery WHERE event_id = $1`,
      [eventId],
    );
    return attempt;
  }

  /** Logs attempts in one statement; the new rows' ids, in order. */
  async insert(sql: Sql, entries: DeliveryLogEntry[]): Promise<Array<{ id: string }>> {
    if (entries.length === 0) return [];
    return sql.query<{ id: string }>(
      `INSERT INTO webhook_delivery
       (project_id, outbox_event_id, event_id, event_type, attempt, status, status_code, error, duration_ms, url,
        redelivery)
     SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::uuid[], $4::text[], $5::int[], $6::text[], $7::int[],
       $8::text[], $9::int[], $10::text[], $11::boolean[])
     RETURNING id`,
      [
        entries.map((e) => e.projectId),
        entries.map((e) => e.outboxEventId),
        entries.map((e) => e.eventId),
        entries.map((e) => e.eventType),
        entries.map((e) => e.attempt),
        entries.map((e) => e.status),
        entries.map((e) => e.statusCode),
        entries.map((e) => e.error),
        entries.map((e) => e.durationMs),
        entries.map((e) => e.url),
        entries.map((e) => e.redelivery),
      ],
    );
  }
}
