import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, CurrentActor } from '../common/auth/actor.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { RequirePermission } from '../common/auth/permissions.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import {
  ChangeRoleDto,
  ConfirmOwnershipDto,
  CreatedTeamMemberResponse,
  CreateTeamMemberDto,
  OwnershipOtpSentResponse,
  OwnershipTransferResponse,
  TeamMemberListResponse,
  TeamMemberResponse,
  TransferOwnershipDto,
} from './dto/team-member.dto.js';
import { MemberInvitesService } from './member-invites.service.js';
import { MemberTelegramService } from './member-telegram.service.js';
import { OwnershipOtpService } from './ownership-otp.service.js';
import { toTeamMemberResponse } from './team-member.mapper.js';
import { TeamService } from './team.service.js';

const MEMBER_ID = { name: 'member_id', format: 'uuid', description: 'Team member id' };

@ApiTags('Team')
@ApiBearerAuth()
@ApiErrorResponses(403, 409)
@Controller('v1/team')
export class TeamController {
  constructor(
    private readonly team: TeamService,
    private readonly invites: MemberInvitesService,
    private readonly telegram: MemberTelegramService,
    private readonly otp: OwnershipOtpService,
  ) {}

  @Get('members')
  @RequirePermission('read')
  @ApiOperation({ summary: 'List the project team (agents) with their roles' })
  @ApiOkResponse({ type: TeamMemberListResponse })
  async list(@CurrentProject() project: AuthenticatedProject): Promise<TeamMemberListResponse> {
    const [members, telegram] = await Promise.all([this.team.list(project), this.telegram.ofProject(project.id)]);
    return { members: members.map((member) => toTeamMemberResponse(member, telegram.get(member.id))) };
  }

  @Post('members')
  @RequirePermission('team.manage')
  @ApiOperation({
    summary:
      'Add a team member; answers with a one-time invite_url (7 days) where they set a password. E-mail is ' +
      'unique per project (409)',
  })
  @ApiCreatedResponse({ type: CreatedTeamMemberResponse })
  async add(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Body() body: CreateTeamMemberDto,
  ): Promise<CreatedTeamMemberResponse> {
    const { member, inviteUrl } = await this.invites.addMember(project, body, actor);
    return { ...toTeamMemberResponse(member), invite_url: inviteUrl };
  }

  @Patch('members/:member_id')
  @RequirePermission('team.manage')
  @ApiOperation({
    summary: "Change a member's role (effective on their next request); the last owner cannot lose it (409)",
  })
  @ApiParam(MEMBER_ID)
  @ApiOkResponse({ type: TeamMemberResponse })
  async changeRole(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Param('member_id') memberId: string,
    @Body() body: ChangeRoleDto,
  ): Promise<TeamMemberResponse> {
    const member = await this.team.changeRole(project, actor, memberId, body.role);
    return toTeamMemberResponse(member, await this.telegram.ofMember(project.id, member.id));
  }

  @Delete('members/:member_id')
  @RequirePermission('team.manage')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a team member (their sessions end at once); the last owner cannot be removed (409)',
  })
  @ApiParam(MEMBER_ID)
  @ApiNoContentResponse()
  async remove(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Param('member_id') memberId: string,
  ): Promise<void> {
    await this.team.remove(project, memberId, actor);
  }

  @Post('transfer-ownership')
  @RequirePermission('team.transfer')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Signed-in owner only: make another member owner and yourself admin, atomically. With `password` (re-' +
      'entered) it happens now (200); without it, an owner with a linked Telegram account gets a 6-digit code ' +
      'from the bot (202, valid 10 minutes) to send to /transfer-ownership/confirm',
  })
  @ApiOkResponse({ type: OwnershipTransferResponse })
  @ApiAcceptedResponse({ type: OwnershipOtpSentResponse })
  @ApiErrorResponses(422)
  async transferOwnership(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Body() body: TransferOwnershipDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OwnershipTransferResponse | OwnershipOtpSentResponse> {
    if (body.password === undefined) {
      const { expiresAt } = await this.otp.start(project, actor, body.member_id);
      response.status(202);
      return { otp_sent: 'telegram', expires_at: expiresAt.toISOString() };
    }
    const { newOwner, previousOwner } = await this.team.transferOwnership(
      project,
      actor,
      body.member_id,
      body.password,
    );
    return { owner: toTeamMemberResponse(newOwner), previous_owner: toTeamMemberResponse(previousOwner) };
  }

  @Post('transfer-ownership/confirm')
  @RequirePermission('team.transfer')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Signed-in owner only: finish an ownership transfer with the code the bot sent. A wrong code → 403 ' +
      'otp_mismatch; the 5th wrong code voids it, and an expired or used one is gone → 410 otp_gone',
  })
  @ApiOkResponse({ type: OwnershipTransferResponse })
  @ApiErrorResponses(410, 422)
  async confirmOwnership(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Body() body: ConfirmOwnershipDto,
  ): Promise<OwnershipTransferResponse> {
    const { newOwner, previousOwner } = await this.otp.confirm(project, actor, body.member_id, body.code);
    return { owner: toTeamMemberResponse(newOwner), previous_owner: toTeamMemberResponse(previousOwner) };
  }
}
