import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Env } from '../config/env.js';
import { DatabaseEndpoint } from '../database/database.module.js';
import { OutboxWakeup } from '../outbox/outbox-wakeup.js';
import { ClaimedEvent, DeliveryOutcome, WebhookDeliveryService } from './webhook-delivery.service.js';

// NOTIFY wakes the worker at once; polling covers a lost LISTEN connection, retries coming due and
// rows another process released.
const POLL_INTERVAL_MS = 250;
const CLAIM_FAILURE_PAUSE_MS = 1_000;
// On shutdown, in-flight attempts get this long to finish; the rest are aborted and released.
const SHUTDOWN_GRACE_MS = 2_000;

/**
 * Background delivery of `webhook` outbox rows. Keeps up to WEBHOOK_CONCURRENCY attempts in flight,
 * claims more as slots free up, and records outcomes in batches (one transaction for whatever finished
 * while the previous batch was being written). Safe to run in several processes on one database.
 */
@Injectable()
export class WebhookDeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WebhookWorker');
  private readonly concurrency: number;
  private readonly claimBatchMin: number;
  private readonly enabled: boolean;
  private readonly inFlight = new Map<string, AbortController>();
  private readonly finished: DeliveryOutcome[] = [];
  private flushing: Promise<void> | null = null;
  private stopping = false;
  private loopDone: Promise<void> = Promise.resolve();
  private readonly wakeup: OutboxWakeup;

  constructor(
    @Inject(ConfigService) config: ConfigService<Env, true>,
    private readonly delivery: WebhookDeliveryService,
    endpoint: DatabaseEndpoint,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.concurrency = config.get('WEBHOOK_CONCURRENCY', { infer: true });
    this.claimBatchMin = Math.max(1, Math.floor(this.concurrency / 4));
    this.enabled = config.get('WORKERS_ENABLED', { infer: true });
    this.wakeup = new OutboxWakeup('webhook', endpoint, dataSource);
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.wakeup.start();
    this.loopDone = this.loop();
  }

  /**
   * Delivers everything due now (optionally for one project) and waits for the outcomes to be recorded.
   * For tests and scripts that run with WORKERS_ENABLED=false; returns the number of rows handled.
   */
  async runOnce(projectId?: string): Promise<number> {
    let handled = 0;
    for (;;) {
      const claimed = await this.delivery.claim(this.concurrency, projectId);
      if (claimed.length === 0) return handled;
      handled += claimed.length;
      const webhooks = await this.delivery.loadWebhooks(claimed.map((event) => event.projectId));
      const outcomes = await Promise.all(claimed.map((event) => this.delivery.deliver(event, webhooks.get(event.projectId))));
      await this.delivery.record(outcomes);
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      const free = this.concurrency - this.inFlight.size;
      let claimedAll = false;
      // A claim costs about the same for 1 row as for 64: under load, claim once a quarter of the slots is free.
      if (free > 0 && (free >= this.claimBatchMin || this.inFlight.size === 0)) {
        try {
          const claimed = await this.delivery.claim(free);
          if (claimed.length > 0) await this.start(claimed);
          claimedAll = claimed.length > 0 && claimed.length === free;
        } catch (error) {
          this.logger.error({ msg: 'claiming webhook events failed', error: (error as Error).message });
          await this.wakeup.sleep(CLAIM_FAILURE_PAUSE_MS);
          continue;
        }
      }
      // A full batch means more may be waiting (and slots free as attempts end): go round again at once.
      if (!claimedAll || this.concurrency - this.inFlight.size < this.claimBatchMin) await this.wakeup.sleep(POLL_INTERVAL_MS);
    }
  }

  private async start(claimed: ClaimedEvent[]): Promise<void> {
    const webhooks = await this.delivery.loadWebhooks(claimed.map((event) => event.projectId));
    for (const event of claimed) {
      const abort = new AbortController();
      this.inFlight.set(event.id, abort);
      void this.delivery
        .deliver(event, webhooks.get(event.projectId), abort.signal)
        .catch((error: unknown): DeliveryOutcome => {
          this.logger.error({ msg: 'webhook delivery crashed', event_id: event.eventId, error: (error as Error).message });
          return { kind: 'released', event };
        })
        .then((outcome) => {
          this.finished.push(outcome);
          void this.flush().finally(() => this.inFlight.delete(event.id));
        });
    }
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
        this.logger.error({ msg: 'recording webhook outcomes failed', count: batch.length, error: (error as Error).message });
      })
      .finally(() => {
        this.flushing = null;
        this.wakeup.wake();
      });
    return this.flushing;
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.enabled) return;
    this.stopping = true;
    await this.wakeup.stop();
    await this.loopDone;
    const deadline = Date.now() + SHUTDOWN_GRACE_MS;
    while (this.inFlight.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    for (const abort of this.inFlight.values()) abort.abort();
    while (this.inFlight.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await this.flush();
  }
}
