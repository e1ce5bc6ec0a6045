import type { OutboxTopic } from './outbox-event.entity.js';

export interface NewOutboxEvent {
  projectId: string;
  topic: OutboxTopic;
  eventType: string;
  aggregateId?: string | null;
  payload: Record<string, unknown>;
}

/** Channel name workers LISTEN on; NOTIFY is delivered only once the writing transaction has committed. */
export const OUTBOX_NOTIFY_CHANNEL = 'outbox_event';
/** Channel live event streams LISTEN on; the payload is the project id whose stream has new events. */
export const PROJECT_EVENTS_NOTIFY_CHANNEL = 'project_events';

/** Why a webhook event is not sent: stored with the event (at insert, or by the worker when it is due). */
export const WEBHOOK_SKIP_REASONS = {
  none: 'no webhook configured',
  disabled: 'webhook disabled',
  notSubscribed: 'event not subscribed',
} as const;

/**
 * The events with stream positions: the ticket webhooks (GET /v1/events streams them) and the team chat's
 * own `ticket.*` rows (read by the team chat's mirror only).
 */
export function isStreamedEvent(event: NewOutboxEvent): boolean {
  return (event.topic === 'webhook' || event.topic === 'team_chat') && event.eventType.startsWith('ticket.');
}

/**
 * Another store's statement whose rows may each announce one webhook event (OutboxService
 * .appendAnnouncedAtCommit): parameters from `$1`; its rows carry `event_type` (null: no event),
 * `event_project_id`, `event_aggregate_id` and `event_payload` beside its own columns.
 */
export interface AnnouncingStatement {
  sql: string;
  parameters: unknown[];
}
