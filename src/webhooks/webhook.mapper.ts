import { WebhookDeliveryResponse, WebhookResponse } from './dto/webhook.dto.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WEBHOOK_EVENTS } from './webhook-events.js';
import { Webhook } from './webhook.entity.js';

export function toWebhookResponse(webhook: Webhook): WebhookResponse {
  return {
    url: webhook.url,
    events: webhook.events ?? [...WEBHOOK_EVENTS],
    secret: webhook.secret,
    enabled: webhook.disabledAt === null,
    disabled_reason: webhook.disabledReason,
    created_at: webhook.createdAt.toISOString(),
    updated_at: webhook.updatedAt.toISOString(),
  };
}

export function toWebhookDeliveryResponse(delivery: WebhookDelivery): WebhookDeliveryResponse {
  return {
    id: delivery.id,
    event_id: delivery.eventId,
    event: delivery.eventType,
    attempt: delivery.attempt,
    status: delivery.status,
    status_code: delivery.statusCode,
    error: delivery.error,
    duration_ms: delivery.durationMs,
    url: delivery.url,
    redelivery: delivery.redelivery,
    created_at: delivery.createdAt.toISOString(),
  };
}
