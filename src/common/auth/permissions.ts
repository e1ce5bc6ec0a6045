import { SetMetadata } from '@nestjs/common';
import type { MemberRole } from './member-role.js';

/**
 * What a route needs, one value per row of the role matrix (each role may do what the roles below it may):
 *   read            tickets, conversations, attachments, SLA report, settings, config lists (viewer+)
 *   tickets.write   reply, note, status, assign, priority, tags, bulk, CSAT record, create (support+)
 *   config.write    settings, ticket types, canned responses, routing rules, webhook, request links (admin+)
 *   team.manage     add/remove/change the role of support and viewer members (admin+); who may touch
 *                   admins and owners is decided per target by `canManageRole`
 *   team.transfer   transfer ownership (owner)
 *   signed_in       anyone authenticated (sign-out, "who am I", the event stream)
 *   api_key         the project key only; a session is refused (MCP: agents hold keys, browsers do not)
 * The project API key acts as the owner and holds every permission.
 */
export const PERMISSIONS = [
  'read',
  'tickets.write',
  'config.write',
  'team.manage',
  'team.transfer',
  'signed_in',
  'api_key',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const LEVEL: Record<MemberRole, number> = { viewer: 0, support: 1, admin: 2, owner: 3 };

const MINIMUM_ROLE: Record<Exclude<Permission, 'api_key'>, MemberRole> = {
  signed_in: 'viewer',
  read: 'viewer',
  'tickets.write': 'support',
  'config.write': 'admin',
  'team.manage': 'admin',
  'team.transfer': 'owner',
};

export function roleHasPermission(role: MemberRole, permission: Permission): boolean {
  if (permission === 'api_key') return false;
  return LEVEL[role] >= LEVEL[MINIMUM_ROLE[permission]];
}

/**
 * Admins manage support and viewer members only; owners manage everyone. Used for the member being
 * changed and for the role it is given, so an admin can neither touch an owner nor make one.
 */
export function canManageRole(actorRole: MemberRole, targetRole: MemberRole): boolean {
  return actorRole === 'owner' || (actorRole === 'admin' && LEVEL[targetRole] <= LEVEL.support);
}

export const REQUIRED_PERMISSION = 'zapnoty:required-permission';

/**
 * Declares what a route needs. The global auth guard refuses a non-public route without a declaration
 * (fails closed), so a new route cannot be forgotten silently.
 */
export const RequirePermission = (permission: Permission) => SetMetadata(REQUIRED_PERMISSION, permission);
