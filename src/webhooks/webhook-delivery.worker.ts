import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Env } from '../config/env.js';
import { DatabaseEndpoint } from '../database/database-endpoint.js';
import type { ClaimedOutboxEvent } from '../outbox/outbox-claim.js';
import { OutboxBatch, OutboxConsumer, OutboxHandler } from '../outbox/outbox-consumer.js';
import { DeliveryOutcome, WebhookDeliveryService } from './webhook-delivery.service.js';

/**
 * Background delivery of `webhook` outbox rows through the shared outbox consumer (WEBHOOK_CONCURRENCY
 * attempts in flight). Outcomes are recorded in batches: one transaction for whatever finished while the
 * previous batch was being written (group commit), so a slot is freed only once its outcome is stored.
 */
@Injectable()
export class WebhookDeliveryWorker implements OutboxHandler, OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly topic = 'webhook' as const;
  readonly concurrency: number;
  private readonly logger = new Logger('WebhookWorker');
  private readonly enabled: boolean;
  private readonly consumer: OutboxConsumer;
  private readonly finished: DeliveryOutcome[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    @Inject(ConfigService) config: ConfigService<Env, true>,
    private readonly delivery: WebhookDeliveryService,
    endpoint: DatabaseEndpoint,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.concurrency = config.get('WEBHOOK_CONCURRENCY', { infer: true });
    this.enabled = config.get('WORKERS_ENABLED', { infer: true });
    this.consumer = new OutboxConsumer(this, dataSource, endpoint);
  }

  get leaseMs(): number {
    return this.delivery.leaseMs;
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.consumer.start();
  }

  /**
   * Delivers everything due now (optionally for one project) and waits for the outcomes to be recorded.
   * For tests and scripts that run with WORKERS_ENABLED=false; returns the number of rows handled.
   */
  runOnce(projectId?: string): Promise<number> {
    return this.consumer.runOnce(projectId);
  }

  async deliver(event: ClaimedOutboxEvent, batch: OutboxBatch, signal: AbortSignal): Promise<void> {
    const webhooks = await batch.shared('webhooks', () =>
      this.delivery.loadWebhooks(batch.events.map((claimed) => claimed.projectId)),
    );
    const outcome = await this.delivery
      .deliver(event, webhooks.get(event.projectId), signal)
      .catch((error: unknown): DeliveryOutcome => {
        this.logger.error({
          msg: 'webhook delivery crashed',
          event_id: event.eventId,
          error: (error as Error).message,
        });
        return { kind: 'released', event };
      });
    this.finished.push(outcome);
    await this.flush();
  }

  /** Group commit: one writer at a time; whatever finishes meanwhile goes into the next transaction. */
  private flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.finished.length > 0 ? this.flush() : undefined));
    const batch = this.finished.splice(0, this.finished.length);
    if (batch.length === 0) return Promise.resolve();
    this.flushing = this.delivery
      .record(batch)
      .catch((error: unknown) => {
        // The claims' leases run out and the events are delivered again: at-least-once, never lost.
        this.logger.error({
          msg: 'recording webhook outcomes failed',
          count: batch.length,
          error: (error as Error).message,
        });
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
    await this.flush();
  }
}
