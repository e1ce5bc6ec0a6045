import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap, type Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Env } from '../config/env.js';
import { DatabaseEndpoint } from '../database/database-endpoint.js';
import { MetricsService } from '../metrics/metrics.service.js';
import type { ClaimedOutboxEvent } from '../outbox/outbox-claim.js';
import { OutboxConsumer, OutboxHandler } from '../outbox/outbox-consumer.js';
import type { MessengerAdapter } from './messenger-adapter.js';
import { CHAT_DELIVERY_LEASE_MS, MessengerDeliveryService } from './messenger-delivery.service.js';

// Rows being sent at once by this process; a slow chat (rate limit) holds one slot, not the others.
const MAX_IN_FLIGHT = 100;

/**
 * Background sender of one messenger's outbox rows (topic = channel) through the shared outbox consumer: the
 * claim keeps one ticket's rows in order and the adapter's rate limiter spaces one chat's messages. Each
 * channel declares a subclass of `deliveryWorkerOf(itsAdapter)` only to get its adapter injected. Safe in
 * several processes.
 */
export abstract class MessengerDeliveryWorker
  implements OutboxHandler, OnApplicationBootstrap, BeforeApplicationShutdown
{
  readonly leaseMs = CHAT_DELIVERY_LEASE_MS;
  readonly concurrency = MAX_IN_FLIGHT;
  private readonly consumer: OutboxConsumer;

  protected constructor(
    private readonly adapter: MessengerAdapter,
    private readonly delivery: MessengerDeliveryService,
    private readonly workersEnabled: boolean,
    dataSource: DataSource,
    database: { readonly url: string },
    private readonly metrics: MetricsService,
  ) {
    this.consumer = new OutboxConsumer(this, dataSource, database);
  }

  get topic() {
    return this.adapter.channel;
  }

  onApplicationBootstrap(): void {
    // Without a bot the rows wait in the outbox (nothing lost) until a server with a token runs.
    if (this.workersEnabled && this.adapter.enabled) this.consumer.start();
  }

  /**
   * Sends everything due now (optionally of one project) and returns how many rows were handled: for
   * scripts and tests that run with WORKERS_ENABLED=false.
   */
  runOnce(projectId?: string): Promise<number> {
    return this.consumer.runOnce(projectId);
  }

  async deliver(event: ClaimedOutboxEvent): Promise<void> {
    const outcome = await this.delivery.deliver(this.adapter, event);
    this.metrics.messengerDeliveries.inc({ channel: this.adapter.channel, outcome });
  }

  redact(message: string): string {
    return this.adapter.redact(message);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }
}

/**
 * The injectable base of one channel's delivery worker: `class TelegramDeliveryWorker extends
 * deliveryWorkerOf(TelegramBotService) {}` gets that adapter and the shared services injected.
 */
export function deliveryWorkerOf(adapter: Type<MessengerAdapter>) {
  @Injectable()
  class ChannelDeliveryWorker extends MessengerDeliveryWorker {
    constructor(
      @Inject(ConfigService) config: ConfigService<Env, true>,
      delivery: MessengerDeliveryService,
      @Inject(adapter) bot: MessengerAdapter,
      endpoint: DatabaseEndpoint,
      @InjectDataSource() dataSource: DataSource,
      metrics: MetricsService,
    ) {
      super(bot, delivery, config.get('WORKERS_ENABLED', { infer: true }), dataSource, endpoint, metrics);
    }
  }
  return ChannelDeliveryWorker;
}
