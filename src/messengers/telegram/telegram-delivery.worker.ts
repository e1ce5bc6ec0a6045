import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Env } from '../../config/env.js';
import { DatabaseEndpoint } from '../../database/database.module.js';
import { OutboxWakeup } from '../../outbox/outbox-wakeup.js';
import { ClaimedChatEvent, TelegramDeliveryService } from './telegram-delivery.service.js';
import { TelegramBotService } from './telegram-bot.service.js';
import { MetricsService } from '../../metrics/metrics.service.js';

// NOTIFY (sent when an outbox row commits) wakes the worker at once; the poll picks up retries coming
// due, rows released by other processes, and anything missed while the LISTEN connection was down.
const POLL_INTERVAL_MS = 500;
const CLAIM_BATCH = 50;
// Rows being sent at once by this process; a slow chat (rate limit) holds one slot, not the others.
const MAX_IN_FLIGHT = 100;

/**
 * Background sender of `telegram` outbox rows. Each claimed row is sent as soon as it is claimed, without
 * waiting for the others; the claim keeps one ticket's rows in order and the rate limiter spaces one
 * chat's messages. Safe in several processes.
 */
@Injectable()
export class TelegramDeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TelegramWorker');
  private readonly enabled: boolean;
  private stopping = false;
  private loopDone: Promise<void> = Promise.resolve();
  private readonly wakeup: OutboxWakeup;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    @Inject(ConfigService) config: ConfigService<Env, true>,
    private readonly delivery: TelegramDeliveryService,
    private readonly bot: TelegramBotService,
    endpoint: DatabaseEndpoint,
    @InjectDataSource() dataSource: DataSource,
    private readonly metrics: MetricsService,
  ) {
    this.enabled = config.get('WORKERS_ENABLED', { infer: true });
    this.wakeup = new OutboxWakeup('telegram', endpoint, dataSource);
  }

  onApplicationBootstrap(): void {
    // Without a bot the rows wait in the outbox (nothing lost) until a server with a token runs.
    if (!this.enabled || !this.bot.enabled) return;
    this.wakeup.start();
    this.loopDone = this.loop();
  }

  /**
   * Sends everything due now (optionally of one project) and returns how many rows were handled: for
   * scripts and tests that run with WORKERS_ENABLED=false.
   */
  async runOnce(projectId?: string): Promise<number> {
    let handled = 0;
    for (;;) {
      const claimed = await this.delivery.claim(CLAIM_BATCH, projectId);
      if (claimed.length === 0) return handled;
      handled += claimed.length;
      await this.deliverAll(claimed);
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      const free = Math.min(CLAIM_BATCH, MAX_IN_FLIGHT - this.inFlight.size);
      if (free > 0) {
        try {
          const claimed = await this.delivery.claim(free);
          for (const event of claimed) this.start(event);
          // A full claim means more may be due: go round again at once.
          if (claimed.length === free) continue;
        } catch (error) {
          this.logger.error({ msg: 'claiming telegram events failed', error: this.bot.redact((error as Error).message) });
        }
      }
      await this.wakeup.sleep(POLL_INTERVAL_MS);
    }
    await Promise.all([...this.inFlight]);
  }

  private start(event: ClaimedChatEvent): void {
    const running = this.delivery
      .deliver(event)
      .then((outcome) => void this.metrics.messengerDeliveries.inc({ channel: 'telegram', outcome }))
      .catch((error: unknown) => {
        // A database failure mid-delivery: the lease runs out and the row is retried; sent parts stay recorded.
        this.logger.error({ msg: 'telegram delivery crashed', outbox_id: event.id, error: this.bot.redact((error as Error).message) });
      })
      .finally(() => {
        this.inFlight.delete(running);
        // A finished row may unblock the next row of its ticket.
        this.wakeup.wake();
      });
    this.inFlight.add(running);
  }

  private async deliverAll(claimed: ClaimedChatEvent[]): Promise<void> {
    const byChat = new Map<string, ClaimedChatEvent[]>();
    for (const event of claimed) {
      const key = String(event.payload.chat_id ?? '');
      byChat.set(key, [...(byChat.get(key) ?? []), event]);
    }
    await Promise.all(
      [...byChat.values()].map(async (events) => {
        for (const event of events) {
          await this.delivery.deliver(event).then((outcome) => this.metrics.messengerDeliveries.inc({ channel: 'telegram', outcome }), (error: unknown) => {
            // A database failure mid-delivery: the lease runs out and the row is retried; sent parts stay recorded.
            this.logger.error({ msg: 'telegram delivery crashed', outbox_id: event.id, error: this.bot.redact((error as Error).message) });
          });
        }
      }),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.wakeup.stop();
    await this.loopDone;
  }
}
