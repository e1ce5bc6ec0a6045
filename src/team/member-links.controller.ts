import { Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '../common/auth/actor.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { RequirePermission } from '../common/auth/permissions.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { IssuedInviteResponse, ResetLinkResponse } from './dto/team-member.dto.js';
import { MemberInvitesService } from './member-invites.service.js';

const MEMBER_ID = { name: 'member_id', format: 'uuid', description: 'Team member id' };

/** One-time links an admin hands a member: a new invite, a password reset. */
@ApiTags('Team')
@ApiBearerAuth()
@ApiErrorResponses(403, 404)
@RequirePermission('team.manage')
@Controller('v1/team/members/:member_id')
export class MemberLinksController {
  constructor(private readonly invites: MemberInvitesService) {}

  @Post('invite')
  @ApiOperation({
    summary:
      'A new invite link for a member who has not set a password yet (earlier links stop working); one who ' +
      'has gets 409 invite_already_accepted. Admins: support and viewer members only',
  })
  @ApiParam(MEMBER_ID)
  @ApiCreatedResponse({ type: IssuedInviteResponse })
  @ApiErrorResponses(409)
  async reissueInvite(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Param('member_id') memberId: string,
  ): Promise<IssuedInviteResponse> {
    const link = await this.invites.reissueInvite(project, actor, memberId);
    return { invite_url: link.url, expires_at: link.expiresAt.toISOString() };
  }

  @Post('reset-link')
  @ApiOperation({
    summary:
      'A one-time password-reset link (24 h) for a member who forgot theirs; it is set with POST ' +
      '/v1/auth/accept-invite like an invite. Admins: support and viewer members only',
  })
  @ApiParam(MEMBER_ID)
  @ApiCreatedResponse({ type: ResetLinkResponse })
  async resetLink(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Param('member_id') memberId: string,
  ): Promise<ResetLinkResponse> {
    const link = await this.invites.issueResetLink(project, actor, memberId);
    return { reset_url: link.url, expires_at: link.expiresAt.toISOString() };
  }
}
