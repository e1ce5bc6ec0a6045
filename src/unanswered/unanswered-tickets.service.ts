import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Env } from '../config/env.js';
import { TicketsService } from '../tickets/tickets.service.js';

// Any constant; the same in every process, so only one process runs the check at a time.
const UNANSWERED_CHECK_LOCK_KEY = 728_310_005;
const BATCH_SIZE = 500;
const INTERVAL_NAME = 'unanswered-tickets-check';
const FIRST_RUN_NAME = 'unanswered-tickets-first-check';

interface DueTicket {
  ticket_id: string;
  project_id: string;
  slug: string;
  name: string;
  message_id: string;
}

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
      const [{ locked }]: Array<{ locked: boolean }> = await manager.query(
        'SELECT pg_try_advisory_xact_lock($1) AS locked',
        [UNANSWERED_CHECK_LOCK_KEY],
      );
      if (!locked) return null;
      const due: DueTicket[] = await manager.query(
        `SELECT t.id AS ticket_id, p.id AS project_id, p.slug, p.name, last_customer.id AS message_id
           FROM ticket t
           JOIN helpdesk_settings s ON s.project_id = t.project_id
           JOIN project p ON p.id = t.project_id
           JOIN LATERAL (
                SELECT m.id FROM ticket_message m
                 WHERE m.ticket_id = t.id AND m.author = 'customer'
                 ORDER BY m.created_at DESC, m.id DESC LIMIT 1) last_customer ON true
           LEFT JOIN ticket_unanswered_alert alert ON alert.ticket_id = t.id
          WHERE t.status IN ('new', 'in_progress')
            AND t.last_message_from = 'customer'
            AND s.unanswered_hours IS NOT NULL
            AND t.last_message_at < now() - s.unanswered_hours * interval '1 hour'
            AND alert.message_id IS DISTINCT FROM last_customer.id
          ORDER BY t.last_message_at
          LIMIT $1`,
        [BATCH_SIZE],
      );
      let fired = 0;
      for (const ticket of due) {
        const marked: unknown[] = await manager.query(
          `INSERT INTO ticket_unanswered_alert (ticket_id, project_id, message_id) VALUES ($1, $2, $3)
           ON CONFLICT (ticket_id) DO UPDATE SET message_id = EXCLUDED.message_id, alerted_at = now()
            WHERE ticket_unanswered_alert.message_id IS DISTINCT FROM EXCLUDED.message_id
           RETURNING ticket_id`,
          [ticket.ticket_id, ticket.project_id, ticket.message_id],
        );
        if (marked.length === 0) continue;
        await this.tickets.announceUnanswered(
          { id: ticket.project_id, slug: ticket.slug, name: ticket.name },
          manager,
          ticket.ticket_id,
        );
        fired += 1;
      }
      return { seen: due.length, fired };
    });
  }
}
