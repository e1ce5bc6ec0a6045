import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { OUTBOX_TOPICS } from '../outbox/outbox-event.entity.js';
import { OutboxBacklogStore } from './outbox-backlog.store.js';

// A backlog count stops at this many rows per topic, so a scrape stays cheap whatever piles up.
const BACKLOG_COUNT_CAP = 1_000_000;
const SCRAPE_QUERY_TIMEOUT_MS = 2_000;
/** The status label of a request whose client went away before the answer (nginx's 499). */
export const CLIENT_CLOSED_REQUEST = 499;

/**
 * The Prometheus metrics of this process (`GET /metrics`): HTTP latency by route template and status,
 * the outbox backlog per topic (read from the database on each scrape), webhook and messenger delivery
 * outcomes, bot updates, and Node's default process metrics. One registry per application instance.
 */
@Injectable()
export class MetricsService {
  private readonly logger = new Logger('Metrics');
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'zapnoty_http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly uploadsInProgress = new Gauge({
    name: 'zapnoty_uploads_in_progress',
    help: 'Multipart replies whose body is being read and stored (0 once each has ended, aborted or not)',
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: 'zapnoty_webhook_deliveries_total',
    help:
      'Webhook delivery attempts by outcome (success, retrying, failed) and events skipped when due (the ' +
      'webhook removed, disabled or unsubscribed after the event)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly messengerDeliveries = new Counter({
    name: 'zapnoty_messenger_deliveries_total',
    help: 'Messenger outbox rows handled, by channel and outcome (sent, retry, failed, lost_lease)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly botUpdates = new Counter({
    name: 'zapnoty_bot_updates_total',
    help:
      'Messenger bot updates received, by channel and result (processed, duplicate, failed); ignored ones are ' +
      'counted in zapnoty_messenger_updates_ignored_total',
    labelNames: ['channel', 'result'] as const,
    registers: [this.registry],
  });

  readonly updatesIgnored = new Counter({
    name: 'zapnoty_messenger_updates_ignored_total',
    help:
      'Messenger updates acknowledged (200) and ignored, by channel and reason: malformed (a field of the wrong ' +
      'type or missing) or unsupported (well-formed, but nothing the bot serves: a group chat, another update type)',
    labelNames: ['channel', 'reason'] as const,
    registers: [this.registry],
  });

  constructor(private readonly outbox: OutboxBacklogStore) {
    // Shown at 0 from the start, so a rate over the counter needs no first occurrence.
    for (const channel of ['telegram', 'max'])
      for (const reason of ['malformed', 'unsupported']) this.updatesIgnored.inc({ channel, reason }, 0);
    collectDefaultMetrics({ register: this.registry, prefix: 'zapnoty_' });
    // Read once per scrape for both gauges; the queries use the partial pending indexes only.
    let collecting: Promise<void> | null = null;
    const collect = () => (collecting ??= this.collectOutbox(backlog, overdue).finally(() => (collecting = null)));
    const backlog: Gauge<'topic'> = new Gauge({
      name: 'zapnoty_outbox_pending_events',
      help: `Outbox rows waiting for delivery, by topic (counted up to ${BACKLOG_COUNT_CAP})`,
      labelNames: ['topic'] as const,
      registers: [this.registry],
      collect,
    });
    const overdue: Gauge<'topic'> = new Gauge({
      name: 'zapnoty_outbox_oldest_due_seconds',
      help: 'How long the longest-due pending outbox row of each topic has been due (0 when none is due)',
      labelNames: ['topic'] as const,
      registers: [this.registry],
      collect,
    });
  }

  private async collectOutbox(backlog: Gauge<'topic'>, overdue: Gauge<'topic'>): Promise<void> {
    try {
      const rows = await Promise.race([
        this.outbox.backlog(OUTBOX_TOPICS, BACKLOG_COUNT_CAP),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), SCRAPE_QUERY_TIMEOUT_MS).unref(),
        ),
      ]);
      for (const row of rows) {
        backlog.set({ topic: row.topic }, row.pending);
        overdue.set({ topic: row.topic }, Math.max(0, row.overdue_seconds ?? 0));
      }
    } catch (error) {
      // The database is down or slow: the scrape still answers, without fresh outbox figures.
      backlog.reset();
      overdue.reset();
      this.logger.warn({ msg: 'reading the outbox backlog for /metrics failed', error: (error as Error).message });
    }
  }

  /**
   * Express middleware timing every request; the route label is the matched template, never the raw path.
   * A request whose client closed the connection before the answer was sent is recorded with status 499
   * ("client closed request", as nginx logs it), at the moment the connection closed.
   */
  httpMiddleware() {
    return (request: Request, response: Response, next: NextFunction): void => {
      const stop = this.httpDuration.startTimer();
      let recorded = false;
      const record = (status: number) => {
        if (recorded) return;
        recorded = true;
        const template = request.route?.path as string | undefined;
        stop({
          method: request.method,
          route: template ? `${request.baseUrl}${template}` : 'unmatched',
          status: String(status),
        });
      };
      response.once('finish', () => record(response.statusCode));
      response.once('close', () => record(response.writableFinished ? response.statusCode : CLIENT_CLOSED_REQUEST));
      next();
    };
  }

  /** Times one request of a known route: the JSON lane's, which Express does not see. */
  startRequestTimer(method: string, route: string): (status: number) => void {
    const stop = this.httpDuration.startTimer({ method, route });
    return (status) => stop({ status: String(status) });
  }
}
