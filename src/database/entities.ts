import { RateLimitBucket } from '../common/rate-limit-bucket.entity.js';
import { OutboxEvent } from '../outbox/outbox-event.entity.js';
import { Project } from '../projects/project.entity.js';
import { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import { TeamMember } from '../team/team-member.entity.js';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity.js';
import { Webhook } from '../webhooks/webhook.entity.js';

/** Every entity TypeORM maps. A feature adds its entities here and a migration beside them. */
export const ENTITIES = [Project, TeamMember, HelpdeskSettings, RateLimitBucket, OutboxEvent, Webhook, WebhookDelivery];
