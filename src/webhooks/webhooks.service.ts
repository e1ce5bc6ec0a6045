import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUuid } from '../common/ids.js';
import type { Env } from '../config/env.js';
import { OutboxEvent } from '../outbox/outbox-event.entity.js';
import { ListDeliveriesQuery, PutWebhookDto } from './dto/webhook.dto.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { disableWebhook, insertDeliveryLog, WebhookDeliveryService } from './webhook-delivery.service.js';
import { describeFailure, judgeAttempt } from './webhook-retry-policy.js';
import { generateWebhookSecret } from './webhook-signature.js';
import { checkWebhookTarget, HostResolver, systemResolver } from './webhook-target.js';
import { Webhook } from './webhook.entity.js';
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
    @InjectRepository(Webhook) private readonly webhooks: Repository<Webhook>,
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
    private readonly delivery: WebhookDeliveryService,
  ) {
    this.allowPrivate = config.get('WEBHOOK_ALLOW_PRIVATE', { infer: true });
  }

  async get(project: AuthenticatedProject): Promise<Webhook> {
    const webhook = await this.webhooks.findOneBy({ projectId: project.id });
    if (!webhook) throw new WebhookNotFound();
    return webhook;
  }

  /** Creates or replaces the project's webhook. The secret is made once and kept across updates. */
  async put(project: AuthenticatedProject, body: PutWebhookDto): Promise<Webhook> {
    const problem = await checkWebhookTarget(body.url, { allowPrivate: this.allowPrivate, resolve: this.resolveHost });
    if (problem) throw new InvalidWebhookUrl(problem.message);
    const events = body.events ? [...new Set(body.events)] : null;
    await this.dataSource.query(
      `INSERT INTO webhook (project_id, url, events, secret) VALUES ($1, $2, $3, $4)
       ON CONFLICT (project_id) DO UPDATE
         SET url = EXCLUDED.url, events = EXCLUDED.events, disabled_at = NULL, disabled_reason = NULL,
             updated_at = now()`,
      [project.id, body.url, events, generateWebhookSecret()],
    );
    return this.get(project);
  }

  async remove(project: AuthenticatedProject): Promise<void> {
    const result = await this.webhooks.delete({ projectId: project.id });
    if (!result.affected) throw new WebhookNotFound();
  }

  async listDeliveries(project: AuthenticatedProject, query: ListDeliveriesQuery): Promise<WebhookDelivery[]> {
    const builder = this.deliveries
      .createQueryBuilder('delivery')
      .where('delivery.projectId = :projectId', { projectId: project.id })
      .orderBy('delivery.createdAt', 'DESC')
      .addOrderBy('delivery.attempt', 'DESC')
      .take(query.limit ?? DEFAULT_DELIVERY_LIST_LIMIT);
    if (query.event) builder.andWhere('delivery.eventType = :event', { event: query.event });
    if (query.event_id) builder.andWhere('delivery.eventId = :eventId', { eventId: query.event_id });
    if (query.status) builder.andWhere('delivery.status = :status', { status: query.status });
    return builder.getMany();
  }

  /**
   * Sends the event of a logged attempt once more, now, to the current webhook, and logs that attempt.
   * Manual: it is sent even if the event type is filtered out or the webhook was disabled by a 410.
   */
  async redeliver(project: AuthenticatedProject, deliveryId: string): Promise<WebhookDelivery> {
    if (!isUuid(deliveryId)) throw new WebhookDeliveryNotFound();
    const logged = await this.deliveries.findOneBy({ id: deliveryId, projectId: project.id });
    if (!logged) throw new WebhookDeliveryNotFound();
    const webhook = await this.webhooks.findOneBy({ projectId: project.id });
    if (!webhook) throw new NoWebhookConfigured();
    const event = await this.dataSource
      .getRepository(OutboxEvent)
      .findOneByOrFail({ id: logged.outboxEventId, projectId: project.id });
    const result = await this.delivery.send(webhook, event);
    const verdict = judgeAttempt(result, Number.MAX_SAFE_INTEGER);
    const id = await this.dataSource.transaction(async (manager) => {
      const [{ attempt }] = await manager.query(
        `SELECT coalesce(max(attempt), 0) + 1 AS attempt FROM webhook_delivery WHERE event_id = $1`,
        [event.eventId],
      );
      const [row] = await insertDeliveryLog(manager, [
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
      if (verdict.disableWebhook) await disableWebhook(project.id, manager, webhook.url);
      return row.id;
    });
    return this.deliveries.findOneByOrFail({ id });
  }
}
