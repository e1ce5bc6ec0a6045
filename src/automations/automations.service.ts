import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import { type Sql, sqlOfManager } from '../common/database/sql.js';
import type { Env } from '../config/env.js';
import { TicketAutomations } from '../tickets/ticket-automations.service.js';
import {
  AUTO_CLOSE_LOCK_KEY,
  AutomationsStore,
  OUT_OF_HOURS_LOCK_KEY,
  type OutOfHoursTicket,
  type QuietWaitingTicket,
} from './automations.store.js';

const BATCH_SIZE = 200;
const INTERVAL_NAME = 'automations-check';

export interface AutomationRun {
  out_of_hours_replies: number;
  auto_closed: number;
}

const projectOf = (ticket: { project_id: string; slug: string; name: string }) => ({
  id: ticket.project_id,
  slug: ticket.slug,
  name: ticket.name,
});

/**
 * The automation checks, every AUTOMATIONS_INTERVAL_SECONDS: the out-of-hours auto-reply (once per ticket)
 * and the auto-close of waiting tickets quiet for auto_close_waiting_days. Each check runs in batches, each
 * batch one transaction holding the check's advisory lock: with several processes one runs a check and the
 * others skip it; every ticket is locked and checked again before it changes (TicketAutomations).
 */
@Injectable()
export class AutomationsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Automations');
  private running: Promise<AutomationRun> | null = null;

  constructor(
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tickets: TicketAutomations,
    private readonly store: AutomationsStore,
    private readonly scheduler: SchedulerRegistry,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.get('WORKERS_ENABLED', { infer: true })) return;
    const everyMs = this.config.get('AUTOMATIONS_INTERVAL_SECONDS', { infer: true }) * 1000;
    this.scheduler.addInterval(
      INTERVAL_NAME,
      setInterval(() => void this.runScheduled(), everyMs),
    );
  }

  onApplicationShutdown(): void {
    if (this.scheduler.doesExist('interval', INTERVAL_NAME)) this.scheduler.deleteInterval(INTERVAL_NAME);
  }

  private async runScheduled(): Promise<void> {
    try {
      const run = await this.runOnce();
      if (run.out_of_hours_replies + run.auto_closed > 0) this.logger.log({ msg: 'automations ran', ...run });
    } catch (error) {
      this.logger.error({ msg: 'automations failed', error: (error as Error).message });
    }
  }

  /** Runs both checks now (a run asked for while one runs in this process joins it). */
  runOnce(): Promise<AutomationRun> {
    this.running ??= this.runChecks().finally(() => (this.running = null));
    return this.running;
  }

  private async runChecks(): Promise<AutomationRun> {
    const now = this.clock.now();
    const out_of_hours_replies = await this.inBatches(OUT_OF_HOURS_LOCK_KEY, (sql) => this.replyOutOfHours(sql, now));
    const auto_closed = await this.inBatches(AUTO_CLOSE_LOCK_KEY, (sql) => this.closeQuietWaiting(sql, now));
    return { out_of_hours_replies, auto_closed };
  }

  /** Batches until one comes back short; a batch whose lock another process holds ends the check here. */
  private async inBatches(
    lockKey: number,
    batch: (sql: Sql) => Promise<{ seen: number; done: number }>,
  ): Promise<number> {
    let done = 0;
    for (;;) {
      const result = await this.dataSource.transaction(async (manager) => {
        const sql = sqlOfManager(manager);
        return (await this.store.tryLock(sql, lockKey)) ? batch(sql) : null;
      });
      if (result === null) return done;
      done += result.done;
      if (result.seen < BATCH_SIZE) return done;
    }
  }

  private async replyOutOfHours(sql: Sql, now: Date): Promise<{ seen: number; done: number }> {
    const due: OutOfHoursTicket[] = await this.store.listOutOfHours(sql, now, BATCH_SIZE);
    let done = 0;
    for (const ticket of due) {
      const messageId = await this.tickets.sendOutOfHoursReply(projectOf(ticket), sql, ticket.ticket_id, ticket.reply);
      if (messageId !== null) done += 1;
    }
    return { seen: due.length, done };
  }

  private async closeQuietWaiting(sql: Sql, now: Date): Promise<{ seen: number; done: number }> {
    const due: QuietWaitingTicket[] = await this.store.listQuietWaiting(sql, now, BATCH_SIZE);
    let done = 0;
    for (const ticket of due) {
      const note = `Closed automatically: no reply from the customer for ${ticket.days} days in waiting`;
      const project = projectOf(ticket);
      if (await this.tickets.closeQuietWaiting(project, sql, ticket.ticket_id, ticket.last_message_at, note)) {
        done += 1;
      }
    }
    return { seen: due.length, done };
  }
}
