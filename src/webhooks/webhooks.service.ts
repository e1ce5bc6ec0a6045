import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { sqlOfManager } from '../common/database/sql.js';
import { isUuid } from '../common/ids.js';
import type { Env } from '../config/env.js';
import { ListDeliveriesQuery, PutWebhookDto } from './dto/webhook.dto.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhookDeliveryStore } from './webhook-delivery.store.js';
import { describeFailure, judgeAttempt } from './webhook-retry-policy.js';
import { generateWebhookSecret } from './webhook-signature.js';
import { checkWebhookTarget, HostResolver, systemResolver } from './webhook-target.js';
import { Webhook } from './webhook.entity.js';
import { WebhookStore } from './webhook.store.js';
import { InvalidWebhookUrl, NoWebhookConfigured, WebhookDeliveryNotFound, WebhookNotFound } from './webhooks.errors.js';

const DEFAULT_DELIVERY_LIST_LIMIT = 50;

@Injectable()
export class WebhooksService {
  private readonly allowPrivate: boolean;
  /** How webhook host names are resolved for the private-address check (the system resolver). */
  resolveHost: HostResolver = systemResolver;

  constructor(
    @Inject(ConfigService) config: ConfigService<Env, true>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly webhooks: WebhookStore,
    private readonly deliveries: WebhookDeliveryStore,
    private readonly delivery: WebhookDeliveryService,
  ) {
    this.allowPrivate = config.get('WEBHOOK_ALLOW_PRIVATE', { infer: true });
  }

  /** Whether the project has a webhook (the console asks before reading it, so an unset one is no 404). */
  async isConfigured(project: AuthenticatedProject): Promise<boolean> {
    return (await this.webhooks.findForProject(project.id)) !== null;
  }

  async get(project: AuthenticatedProject): Promise<Webhook> {
    const webhook = await this.webhooks.findForProject(project.id);
    if (!webhook) throw new WebhookNotFound();
    return webhook;
  }

  /** Creates or replaces the project's webhook. The secret is made once and kept across updates. */
  async put(project: AuthenticatedProject, body: PutWebhookDto): Promise<Webhook> {
    const problem = await checkWebhookTarget(body.url, { allowPrivate: this.allowPrivate, resolve: this.resolveHost });
    if (problem) throw new InvalidWebhookUrl(problem.message);
    const events = body.events ? [...new Set(body.events)] : null;
    await this.webhooks.upsert(project.id, body.url, events, generateWebhookSecret());
    return this.get(project);
  }

  async remove(project: AuthenticatedProject): Promise<void> {
    if (!(await this.webhooks.delete(project.id))) throw new WebhookNotFound();
  }

  async listDeliveries(project: AuthenticatedProject, query: ListDeliveriesQuery): Promise<WebhookDelivery[]> {
    return this.deliveries.list(project.id, {
      limit: query.limit ?? DEFAULT_DELIVERY_LIST_LIMIT,
      event: query.event,
      eventId: query.event_id,
      status: query.status,
    });
  }

  /**
   * Sends the event of a logged attempt once more, now, to the current webhook, and logs that attempt.
   * Manual: it is sent even if the event type is filtered out or the webhook was disabled by a 410.
   */
  async redeliver(project: AuthenticatedProject, deliveryId: string): Promise<WebhookDelivery> {
    if (!isUuid(deliveryId)) throw new WebhookDeliveryNotFound();
    const logged = await this.deliveries.findInProject(project.id, deliveryId);
    if (!logged) throw new WebhookDeliveryNotFound();
    const webhook = await this.webhooks.findForProject(project.id);
    if (!webhook) throw new NoWebhookConfigured();
    const event = await this.deliveries.findEvent(project.id, logged.outboxEventId);
    const result = await this.delivery.send(webhook, event);
    const verdict = judgeAttempt(result, Number.MAX_SAFE_INTEGER);
    const id = await this.dataSource.transaction(async (manager) => {
      const sql = sqlOfManager(manager);
      const attempt = await this.deliveries.nextAttempt(sql, event.eventId);
      const [row] = await this.deliveries.insert(sql, [
        {
          projectId: project.id,
          outboxEventId: event.id,
          eventId: event.eventId,
          eventType: event.eventType,
          attempt,
          status: verdict.status,
          statusCode: result.statusCode,
          error: describeFailure(result),
          durationMs: result.durationMs,
          url: webhook.url,
          redelivery: true,
        },
      ]);
      if (verdict.disableWebhook) await this.webhooks.disableGone(sql, project.id, webhook.url);
      return row.id;
    });
    return this.deliveries.findById(id);
  }
}
