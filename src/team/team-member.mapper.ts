import { TeamMemberResponse } from './dto/team-member.dto.js';
import { TeamMember } from './team-member.entity.js';

export function toTeamMemberResponse(member: TeamMember): TeamMemberResponse {
  return {
    id: member.id,
    email: member.email,
    name: member.name,
    role: member.role,
    created_at: member.createdAt.toISOString(),
    invite_status: member.passwordHash === null ? 'pending' : 'accepted',
  };
}
