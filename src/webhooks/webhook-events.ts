/**
 * Every event name a webhook may subscribe to: the platform's documented list plus the helpdesk's own.
 * The helpdesk server fires the `ticket.*` events and `subscription.created`; the others are accepted
 * so a configuration written for the whole platform is not rejected.
 */
export const WEBHOOK_EVENTS = [
  'ticket.created',
  'ticket.replied',
  'ticket.status_changed',
  'ticket.assigned',
  'ticket.closed',
  'ticket.csat_received',
  'ticket.unanswered_24h',
  'credits.low',
  'subscription.created',
  'subscription.deleted',
  'delivery.success',
  'delivery.failed',
  'broadcast.completed',
  'button.clicked',
  'auth.completed',
  'customer.erased',
  'ticket.updated',
  'ticket.deleted',
] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

/** First try at once, then after 1 s, 2 s and 4 s: four attempts at most. */
export const WEBHOOK_RETRY_DELAYS_MS = [1_000, 2_000, 4_000] as const;
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;

/** Outcome of one attempt in the delivery log. `retrying`: it failed and another attempt is scheduled. */
export const DELIVERY_STATUSES = ['success', 'retrying', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
