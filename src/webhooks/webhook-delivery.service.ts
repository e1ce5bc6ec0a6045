import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Sql, sqlOfManager, sqlOfPool } from '../common/database/sql.js';
import type { ClaimedOutboxEvent } from '../outbox/outbox-claim.js';
import { type ClaimedRowUpdate, OutboxStore } from '../outbox/outbox.store.js';
import { WEBHOOK_SKIP_REASONS } from '../outbox/outbox-events.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { WebhookHttpClient, WebhookAttemptResult } from './webhook-http-client.js';
import { describeFailure, judgeAttempt } from './webhook-retry-policy.js';
import { serializeWebhookBody, signWebhookBody } from './webhook-signature.js';
import type { DeliveryStatus } from './webhook-events.js';
import { WebhookDeliveryStore } from './webhook-delivery.store.js';
import { Webhook } from './webhook.entity.js';
import { WebhookStore } from './webhook.store.js';

/** A `webhook` outbox row claimed by the outbox consumer; `attempts` already counts the attempt about to be made. */
export type ClaimedEvent = ClaimedOutboxEvent;

/** What happened to one claimed event; applied to the outbox and the delivery log together. */
export type DeliveryOutcome =
  | { kind: 'skipped'; event: ClaimedEvent; reason: string }
  | { kind: 'released'; event: ClaimedEvent }
  | {
      kind: 'attempted';
      event: ClaimedEvent;
      url: string;
      result: WebhookAttemptResult;
      status: DeliveryStatus;
      retryInMs?: number;
      disableWebhook: boolean;
    };

// Longer than any attempt can take, so a live process never loses its claim; after a crash the row is
// picked up again once this runs out.
const LEASE_MARGIN_MS = 5_000;
/**
 * The delivery engine: sends claimed `webhook` outbox rows and records the outcome. Shared by the outbox
 * consumer (many processes at once) and the manual redelivery endpoint.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger('WebhookDelivery');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly webhooks: WebhookStore,
    private readonly deliveryLog: WebhookDeliveryStore,
    private readonly http: WebhookHttpClient,
    private readonly metrics: MetricsService,
    private readonly outbox: OutboxStore,
  ) {}

  get leaseMs(): number {
    return this.http.attemptTimeoutMs + LEASE_MARGIN_MS;
  }

  async loadWebhooks(projectIds: string[]): Promise<Map<string, Webhook>> {
    if (projectIds.length === 0) return new Map();
    const webhooks = await this.webhooks.findForProjects([...new Set(projectIds)]);
    return new Map(webhooks.map((webhook) => [webhook.projectId, webhook]));
  }

  /** Sends one claimed event to the project's webhook (or decides it is not wanted). */
  async deliver(event: ClaimedEvent, webhook: Webhook | undefined, signal?: AbortSignal): Promise<DeliveryOutcome> {
    const skip = (reason: string): DeliveryOutcome => {
      this.metrics.webhookDeliveries.inc({ outcome: 'skipped' });
      return { kind: 'skipped', event, reason };
    };
    if (!webhook) return skip(WEBHOOK_SKIP_REASONS.none);
    if (webhook.disabledAt) return skip(WEBHOOK_SKIP_REASONS.disabled);
    if (webhook.events && !webhook.events.includes(event.eventType)) return skip(WEBHOOK_SKIP_REASONS.notSubscribed);
    const result = await this.send(webhook, event, signal);
    if (signal?.aborted) return { kind: 'released', event };
    const verdict = judgeAttempt(result, event.attempts);
    this.metrics.webhookDeliveries.inc({ outcome: verdict.status });
    if (verdict.status !== 'success') this.logFailure(event, webhook.url, result, verdict.status);
    return {
      kind: 'attempted',
      event,
      url: webhook.url,
      result,
      status: verdict.status,
      retryInMs: verdict.retryInMs,
      disableWebhook: verdict.disableWebhook,
    };
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

  send(
    webhook: Webhook,
    event: Pick<ClaimedEvent, 'eventId' | 'eventType' | 'createdAt' | 'payload'>,
    signal?: AbortSignal,
  ): Promise<WebhookAttemptResult> {
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
    // Rows skipped or released (no webhook wants them, the usual case for a project without webhooks)
    // need only the outbox update: one autocommit statement instead of a transaction of three round trips.
    if (!outcomes.some((outcome) => outcome.kind === 'attempted')) {
      await this.applyOutcomes(sqlOfPool(this.dataSource), outcomes);
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      const appliedIds = await this.applyOutcomes(sqlOfManager(manager), outcomes);
      const attempts = outcomes.filter(
        (outcome): outcome is Extract<DeliveryOutcome, { kind: 'attempted' }> =>
          outcome.kind === 'attempted' && appliedIds.has(outcome.event.id),
      );
      await this.deliveryLog.insert(
        sqlOfManager(manager),
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
        await this.webhooks.disableGone(sqlOfManager(manager), outcome.event.projectId, outcome.url);
        this.logger.warn({ msg: 'webhook disabled: receiver answered 410 Gone', project_id: outcome.event.projectId });
      }
    });
  }

  /** Moves the outbox rows on, fenced on the lease; the ids of the rows this process still held. */
  private applyOutcomes(sql: Sql, outcomes: DeliveryOutcome[]): Promise<Set<string>> {
    return this.outbox.settleClaimedBatch(sql, outcomes.map(outboxUpdate));
  }
}

function outboxUpdate(outcome: DeliveryOutcome): ClaimedRowUpdate {
  const base = { id: outcome.event.id, attempts: outcome.event.attempts, delayMs: 0, release: 0 };
  switch (outcome.kind) {
    case 'skipped':
      return { ...base, status: 'skipped', lastError: outcome.reason };
    case 'released':
      // Shutting down mid-attempt: give the attempt back and let any process take the row now.
      return { ...base, status: 'pending', lastError: null, release: 1 };
    case 'attempted':
      if (outcome.status === 'success') return { ...base, status: 'done', lastError: null };
      if (outcome.status === 'retrying')
        return {
          ...base,
          status: 'pending',
          delayMs: outcome.retryInMs ?? 0,
          lastError: describeFailure(outcome.result),
        };
      return { ...base, status: 'failed', lastError: describeFailure(outcome.result) };
  }
}
