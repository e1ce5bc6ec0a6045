import { CsatRating } from '../csat/csat-rating.entity.js';
import { RateLimitBucket } from '../common/rate-limit-bucket.entity.js';
import { OutboxEvent } from '../outbox/outbox-event.entity.js';
import { Project } from '../projects/project.entity.js';
import { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import { Subscriber } from '../subscribers/subscriber.entity.js';
import { TeamMember } from '../team/team-member.entity.js';
import { IdempotencyKey } from '../tickets/idempotency-key.entity.js';
import { TicketMessage } from '../tickets/ticket-message.entity.js';
import { TicketNumberCounter } from '../tickets/ticket-number-counter.entity.js';
import { TicketStatusChange } from '../tickets/ticket-status-change.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { TicketUnansweredAlert } from '../unanswered/ticket-unanswered-alert.entity.js';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity.js';
import { Webhook } from '../webhooks/webhook.entity.js';

/** Every entity TypeORM maps. A feature adds its entities here and a migration beside them. */
export const ENTITIES = [
  Project,
  TeamMember,
  HelpdeskSettings,
  RateLimitBucket,
  OutboxEvent,
  Subscriber,
  Ticket,
  TicketMessage,
  TicketStatusChange,
  TicketNumberCounter,
  IdempotencyKey,
  Webhook,
  WebhookDelivery,
  CsatRating,
  TicketUnansweredAlert,
];
