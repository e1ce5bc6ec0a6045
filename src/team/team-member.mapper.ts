import { TeamMemberResponse } from './dto/team-member.dto.js';
import { type MemberTelegramRow, toMemberTelegramResponse } from './member-telegram.service.js';
import { TeamMember } from './team-member.entity.js';

/** `telegram`: the member's linked Telegram account where the caller read it (null otherwise). */
export function toTeamMemberResponse(member: TeamMember, telegram?: MemberTelegramRow | null): TeamMemberResponse {
  return {
    id: member.id,
    email: member.email,
    name: member.name,
    role: member.role,
    created_at: member.createdAt.toISOString(),
    invite_status: member.passwordHash === null ? 'pending' : 'accepted',
    telegram: toMemberTelegramResponse(telegram),
  };
}
