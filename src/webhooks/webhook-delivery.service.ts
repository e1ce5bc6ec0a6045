import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MetricsService } from '../metrics/metrics.service.js';
import { WebhookHttpClient, WebhookAttemptResult } from './webhook-http-client.js';
import { describeFailure, judgeAttempt } from './webhook-retry-policy.js';
import { serializeWebhookBody, signWebhookBody } from './webhook-signature.js';
import type { DeliveryStatus } from './webhook-events.js';
import { Webhook } from './webhook.entity.js';

/** A `webhook` outbox row claimed by this process; `attempts` already counts the attempt about to be made. */
export interface ClaimedEvent {
  id: string;
  eventId: string;
  projectId: string;
  eventType: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  attempts: number;
}

/** What happened to one claimed event; applied to the outbox and the delivery log together. */
export type DeliveryOutcome =
  | { kind: 'skipped'; event: ClaimedEvent; reason: string }
  | { kind: 'released'; event: ClaimedEvent }
  | { kind: 'attempted'; event: ClaimedEvent; url: string; result: WebhookAttemptResult; status: DeliveryStatus; retryInMs?: number; disableWebhook: boolean };

// Longer than any attempt can take, so a live process never loses its claim; after a crash the row is
// picked up again once this runs out.
const LEASE_MARGIN_MS = 5_000;
// A claim looks at a window of the longest-due rows only (read in the pending index's order), so it costs
// the same with a backlog of millions. Rows in it that are not their aggregate's head are skipped; a single
// ticket with more queued events than the window delays other tickets until it drains below the window.
const MIN_CANDIDATE_WINDOW = 1_000;

/**
 * The delivery engine: claims due `webhook` outbox rows, sends them, and records the outcome. Shared by the
 * background worker (many processes at once) and the manual redelivery endpoint.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger('WebhookDelivery');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly http: WebhookHttpClient,
    private readonly metrics: MetricsService,
  ) {}

  get leaseMs(): number {
    return this.http.attemptTimeoutMs + LEASE_MARGIN_MS;
  }

  /**
   * Claims up to `limit` due rows in one short statement: FOR UPDATE SKIP LOCKED lets processes claim side by
   * side without waiting on each other; the lease (next_attempt_at moved past the attempt's timeout) keeps
   * the row away from others after the statement commits, while it is delivered outside any transaction.
   * A row waits while an older pending row of the same aggregate exists, so one ticket's events go out in
   * order (an in-flight or retrying older row is still pending). The head lookup is written as
   * ORDER BY … LIMIT 1 on outbox_event_pending_aggregate_idx so the planner takes that index even before the
   * table has statistics (a NOT EXISTS there was planned as a scan of every pending row per row: O(n²)).
   * The status/next_attempt_at conditions are repeated on the locked row so a row another process claimed
   * meanwhile is re-checked after the lock and left alone.
   */
  async claim(limit: number, projectId?: string): Promise<ClaimedEvent[]> {
    const rows = updatedRows<Record<string, unknown>>(await this.dataSource.query(
      `WITH candidates AS MATERIALIZED (
         SELECT id, aggregate_id FROM outbox_event
          WHERE topic = 'webhook' AND status = 'pending' AND next_attempt_at <= now()
            AND ($3::uuid IS NULL OR project_id = $3::uuid)
          ORDER BY next_attempt_at
          LIMIT greatest($1 * 8, ${MIN_CANDIDATE_WINDOW})),
       due AS (
         SELECT o.id FROM outbox_event o JOIN candidates c ON c.id = o.id
          WHERE o.status = 'pending' AND o.next_attempt_at <= now()
            AND (c.aggregate_id IS NULL OR c.id = (
                  SELECT head.id FROM outbox_event head
                   WHERE head.topic = 'webhook' AND head.status = 'pending' AND head.aggregate_id = c.aggregate_id
                   ORDER BY head.topic, head.aggregate_id, head.id
                   LIMIT 1))
          ORDER BY o.id
          LIMIT $1
          FOR UPDATE OF o SKIP LOCKED)
       UPDATE outbox_event o
          SET attempts = o.attempts + 1, next_attempt_at = now() + $2::int * interval '1 millisecond'
         FROM due WHERE o.id = due.id
       RETURNING o.id, o.event_id, o.project_id, o.event_type, o.payload, o.created_at, o.attempts`,
      [limit, this.leaseMs, projectId ?? null],
    ));
    return rows
      .map((row) => ({
        id: String(row.id),
        eventId: row.event_id as string,
        projectId: row.project_id as string,
        eventType: row.event_type as string,
        payload: row.payload as Record<string, unknown>,
        createdAt: row.created_at as Date,
        attempts: row.attempts as number,
      }))
      .sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
  }

  async loadWebhooks(projectIds: string[]): Promise<Map<string, Webhook>> {
    if (projectIds.length === 0) return new Map();
    const webhooks = await this.dataSource
      .getRepository(Webhook)
      .createQueryBuilder('webhook')
      .where('webhook.projectId = ANY(:ids)', { ids: [...new Set(projectIds)] })
      .getMany();
    return new Map(webhooks.map((webhook) => [webhook.projectId, webhook]));
  }

  /** Sends one claimed event to the project's webhook (or decides it is not wanted). */
  async deliver(event: ClaimedEvent, webhook: Webhook | undefined, signal?: AbortSignal): Promise<DeliveryOutcome> {
    const skip = (reason: string): DeliveryOutcome => {
      this.metrics.webhookDeliveries.inc({ outcome: 'skipped' });
      return { kind: 'skipped', event, reason };
    };
    if (!webhook) return skip('no webhook configured');
    if (webhook.disabledAt) return skip('webhook disabled');
    if (webhook.events && !webhook.events.includes(event.eventType)) return skip('event not subscribed');
    const result = await this.send(webhook, event, signal);
    if (signal?.aborted) return { kind: 'released', event };
    const verdict = judgeAttempt(result, event.attempts);
    this.metrics.webhookDeliveries.inc({ outcome: verdict.status });
    if (verdict.status !== 'success') this.logFailure(event, webhook.url, result, verdict.status);
    return { kind: 'attempted', event, url: webhook.url, result, status: verdict.status, retryInMs: verdict.retryInMs, disableWebhook: verdict.disableWebhook };
  }

  /** One warn line per failed attempt: the delivery id, the receiver's host (never the path, query or secret). */
  private logFailure(event: ClaimedEvent, url: string, result: WebhookAttemptResult, status: DeliveryStatus): void {
    let host = 'invalid url';
    try {
      host = new URL(url).host;
    } catch {
      // keep the placeholder
    }
    this.logger.warn({
      msg: status === 'retrying' ? 'webhook delivery failed, will retry' : 'webhook delivery failed',
      delivery_id: event.eventId,
      event_type: event.eventType,
      project_id: event.projectId,
      host,
      attempt: event.attempts,
      status_code: result.statusCode,
      error: result.error ?? (result.statusCode === null ? null : `HTTP ${result.statusCode}`),
    });
  }

  send(webhook: Webhook, event: Pick<ClaimedEvent, 'eventId' | 'eventType' | 'createdAt' | 'payload'>, signal?: AbortSignal): Promise<WebhookAttemptResult> {
    const body = serializeWebhookBody(event.eventType, event.createdAt, event.payload);
    return this.http.send({
      url: webhook.url,
      body,
      signal,
      headers: {
        'Content-Type': 'application/json',
        'X-Zapnoty-Signature': signWebhookBody(webhook.secret, body),
        'X-Zapnoty-Event': event.eventType,
        'X-Zapnoty-Delivery': event.eventId,
      },
    });
  }

  /**
   * Applies outcomes in one transaction: outbox rows move on (done / failed / skipped / retry time / released)
   * and each attempt gets its delivery-log row. The update is fenced on `attempts`, so a process whose lease
   * ran out (and whose row another process re-claimed) changes nothing.
   */
  async record(outcomes: DeliveryOutcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      const updates = outcomes.map((outcome) => outboxUpdate(outcome));
      const applied = updatedRows<{ id: string }>(await manager.query(
        `UPDATE outbox_event o
            SET status = u.status,
                attempts = o.attempts - u.release,
                next_attempt_at = now() + u.delay_ms * interval '1 millisecond',
                last_error = u.last_error,
                processed_at = CASE WHEN u.status = 'pending' THEN NULL ELSE now() END
           FROM unnest($1::bigint[], $2::int[], $3::text[], $4::int[], $5::text[], $6::int[])
                AS u(id, attempts, status, delay_ms, last_error, release)
          WHERE o.id = u.id AND o.attempts = u.attempts AND o.status = 'pending'
          RETURNING o.id`,
        [
          updates.map((u) => u.id),
          updates.map((u) => u.attempts),
          updates.map((u) => u.status),
          updates.map((u) => u.delayMs),
          updates.map((u) => u.lastError),
          updates.map((u) => u.release),
        ],
      ));
      const appliedIds = new Set(applied.map((row) => String(row.id)));
      const attempts = outcomes.filter(
        (outcome): outcome is Extract<DeliveryOutcome, { kind: 'attempted' }> => outcome.kind === 'attempted' && appliedIds.has(outcome.event.id),
      );
      await insertDeliveryLog(
        manager,
        attempts.map((outcome) => ({
          projectId: outcome.event.projectId,
          outboxEventId: outcome.event.id,
          eventId: outcome.event.eventId,
          eventType: outcome.event.eventType,
          attempt: outcome.event.attempts,
          status: outcome.status,
          statusCode: outcome.result.statusCode,
          error: describeFailure(outcome.result),
          durationMs: outcome.result.durationMs,
          url: outcome.url,
          redelivery: false,
        })),
      );
      for (const outcome of attempts.filter((attempt) => attempt.disableWebhook)) {
        await disableWebhook(manager, outcome.event.projectId, outcome.url);
        this.logger.warn({ msg: 'webhook disabled: receiver answered 410 Gone', project_id: outcome.event.projectId });
      }
    });
  }
}

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with `[rows, affectedCount]`. */
function updatedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

function outboxUpdate(outcome: DeliveryOutcome): { id: string; attempts: number; status: string; delayMs: number; lastError: string | null; release: number } {
  const base = { id: outcome.event.id, attempts: outcome.event.attempts, delayMs: 0, release: 0 };
  switch (outcome.kind) {
    case 'skipped':
      return { ...base, status: 'skipped', lastError: outcome.reason };
    case 'released':
      // Shutting down mid-attempt: give the attempt back and let any process take the row now.
      return { ...base, status: 'pending', lastError: null, release: 1 };
    case 'attempted':
      if (outcome.status === 'success') return { ...base, status: 'done', lastError: null };
      if (outcome.status === 'retrying') return { ...base, status: 'pending', delayMs: outcome.retryInMs ?? 0, lastError: describeFailure(outcome.result) };
      return { ...base, status: 'failed', lastError: describeFailure(outcome.result) };
  }
}

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

export async function insertDeliveryLog(manager: EntityManager, entries: DeliveryLogEntry[]): Promise<Array<{ id: string }>> {
  if (entries.length === 0) return [];
  return manager.query(
    `INSERT INTO webhook_delivery (project_id, outbox_event_id, event_id, event_type, attempt, status, status_code, error, duration_ms, url, redelivery)
     SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::uuid[], $4::text[], $5::int[], $6::text[], $7::int[], $8::text[], $9::int[], $10::text[], $11::boolean[])
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

/** Only if the URL is still the one that answered 410: a PUT in the meantime wins. */
export async function disableWebhook(manager: EntityManager, projectId: string, url: string): Promise<void> {
  await manager.query(
    `UPDATE webhook SET disabled_at = now(), disabled_reason = 'receiver answered 410 Gone', updated_at = now()
      WHERE project_id = $1 AND url = $2 AND disabled_at IS NULL`,
    [projectId, url],
  );
}
