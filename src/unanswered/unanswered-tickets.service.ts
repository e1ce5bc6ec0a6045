import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlOfManager } from '../common/database/sql.js';
import type { Env } from '../config/env.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { UnansweredAlertStore } from './unanswered-alert.store.js';

const BATCH_SIZE = 500;
const INTERVAL_NAME = 'unanswered-tickets-check';
const FIRST_RUN_NAME = 'unanswered-tickets-first-check';

/**
 * The unanswered-ticket check: tickets in new/in_progress whose last message is
 * the customer's and older than the project's helpdesk_unanswered_hours fire `ticket.unanswered_24h`
 * (the name is fixed whatever the threshold), once per such customer message.
 */
@Injectable()
export class UnansweredTicketsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('UnansweredTickets');
  private running: Promise<number> | null = null;

  constructor(
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tickets: TicketsService,
    private readonly alerts: UnansweredAlertStore,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.get('WORKERS_ENABLED', { infer: true })) return;
    const everyMs = this.config.get('UNANSWERED_CHECK_INTERVAL_SECONDS', { infer: true }) * 1000;
    this.scheduler.addInterval(
      INTERVAL_NAME,
      setInterval(() => void this.runScheduled(), everyMs),
    );
    // Once shortly after start too, so a restart (or an hourly interval) does not delay alerts by a period.
    const firstRunMs = this.config.get('UNANSWERED_FIRST_CHECK_DELAY_SECONDS', { infer: true }) * 1000;
    this.scheduler.addTimeout(
      FIRST_RUN_NAME,
      setTimeout(() => {
        this.scheduler.deleteTimeout(FIRST_RUN_NAME);
        void this.runScheduled();
      }, firstRunMs),
    );
  }

  onApplicationShutdown(): void {
    if (this.scheduler.doesExist('interval', INTERVAL_NAME)) this.scheduler.deleteInterval(INTERVAL_NAME);
    if (this.scheduler.doesExist('timeout', FIRST_RUN_NAME)) this.scheduler.deleteTimeout(FIRST_RUN_NAME);
  }

  private async runScheduled(): Promise<void> {
    try {
      const fired = await this.check();
      if (fired > 0) this.logger.log({ msg: 'unanswered tickets announced', count: fired });
    } catch (error) {
      this.logger.error({ msg: 'unanswered-ticket check failed', error: (error as Error).message });
    }
  }

  /**
   * Runs the check now and returns how many events it fired. Safe to run in several processes at once:
   * a transaction-scoped advisory lock lets one process in (the others fire nothing), and the stored
   * marker, written in the same transaction as the events, keeps a later run from firing again.
   */
  check(): Promise<number> {
    // Within one process, a check asked for while one runs joins it.
    this.running ??= this.checkAll().finally(() => (this.running = null));
    return this.running;
  }

  private async checkAll(): Promise<number> {
    let fired = 0;
    for (;;) {
      const batch = await this.checkBatch();
      if (batch === null) return fired;
      fired += batch.fired;
      if (batch.seen < BATCH_SIZE) return fired;
    }
  }

  private checkBatch(): Promise<{ seen: number; fired: number } | null> {
    return this.dataSource.transaction(async (manager) => {
      const sql = sqlOfManager(manager);
      if (!(await this.alerts.tryLockCheck(sql))) return null;
      const due = await this.alerts.listDue(sql, BATCH_SIZE);
      let fired = 0;
      for (const ticket of due) {
        if (!(await this.alerts.markAlerted(sql, ticket))) continue;
        await this.tickets.announceUnanswered(
          { id: ticket.project_id, slug: ticket.slug, name: ticket.name },
          sql,
          ticket.ticket_id,
        );
        fired += 1;
      }
      return { seen: due.length, fired };
    });
  }
}
