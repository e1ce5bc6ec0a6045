import { RateLimitBucket } from '../common/rate-limit-bucket.entity.js';
import { OutboxEvent } from '../outbox/outbox-event.entity.js';
import { Project } from '../projects/project.entity.js';
import { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import { TeamMember } from '../team/team-member.entity.js';
import { CannedResponse } from '../canned-responses/canned-response.entity.js';
import { RoutingRule } from '../routing/routing-rule.entity.js';
import { TicketType } from '../ticket-types/ticket-type.entity.js';

/** Every entity TypeORM maps. A feature adds its entities here and a migration beside them. */
export const ENTITIES = [Project, TeamMember, HelpdeskSettings, RateLimitBucket, OutboxEvent, TicketType, CannedResponse, RoutingRule];
