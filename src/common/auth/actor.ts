import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { MemberRole } from './member-role.js';
import type { RequestWithProject } from './api-key.guard.js';

export interface SignedInMember {
  id: string;
  email: string;
  name: string;
  role: MemberRole;
}

/** Who makes a request: the project key (owner level, nobody in particular) or a signed-in member. */
export type Actor = { kind: 'api_key' } | { kind: 'member'; member: SignedInMember; sessionId: string };

export const API_KEY_ACTOR: Actor = { kind: 'api_key' };

/** The role an actor acts with: the key is owner level. */
export function actorRole(actor: Actor): MemberRole {
  return actor.kind === 'member' ? actor.member.role : 'owner';
}

/** The member a change is attributed to: the session's own, else what the key's caller named. */
export function attributedMemberId(actor: Actor, named: string | null | undefined): string | null {
  return actor.kind === 'member' ? actor.member.id : (named ?? null);
}

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<RequestWithProject>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});
