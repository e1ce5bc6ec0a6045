/** What a team member may do in a project; the permission table in permissions.ts is keyed by it. */
export const MEMBER_ROLES = ['owner', 'admin', 'support', 'viewer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
