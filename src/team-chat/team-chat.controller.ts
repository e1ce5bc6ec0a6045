import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
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
import { MemberTelegramService } from '../team/member-telegram.service.js';
import {
  LinkCodeResponse,
  MemberNotificationsDto,
  MemberNotificationsResponse,
  TeamChatResponse,
} from './dto/team-chat.dto.js';
import { TeamChatLinksService } from './team-chat-links.service.js';

const MEMBER_ID = { name: 'member_id', format: 'uuid', description: 'Team member id' };

@ApiTags('Team chat')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('v1/helpdesk/team-chat')
export class TeamChatController {
  constructor(private readonly links: TeamChatLinksService) {}

  @Post('link-code')
  @RequirePermission('config.write')
  @ApiOperation({
    summary:
      'A one-time code (1 h) linking a Telegram forum group as the team chat: open `telegram_link`, pick the ' +
      'group; the bot links it on `/start <code>`',
  })
  @ApiCreatedResponse({ type: LinkCodeResponse })
  linkCode(@CurrentProject() project: AuthenticatedProject): Promise<LinkCodeResponse> {
    return this.links.groupCode(project);
  }

  @Get()
  @RequirePermission('read')
  @ApiOperation({ summary: "The project's team group: linked or not, and its status" })
  @ApiOkResponse({ type: TeamChatResponse })
  get(@CurrentProject() project: AuthenticatedProject): Promise<TeamChatResponse> {
    return this.links.group(project);
  }

  @Delete()
  @RequirePermission('config.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unlink the team group (topics stay in Telegram; nothing more is posted)' })
  @ApiNoContentResponse()
  async unlink(@CurrentProject() project: AuthenticatedProject): Promise<void> {
    await this.links.unlinkGroup(project);
  }
}

@ApiTags('Team')
@ApiBearerAuth()
@ApiErrorResponses(403)
@Controller('v1/team/members')
export class MemberTelegramController {
  constructor(
    private readonly links: TeamChatLinksService,
    private readonly telegram: MemberTelegramService,
  ) {}

  @Post(':member_id/telegram-link')
  @RequirePermission('signed_in')
  @ApiOperation({
    summary:
      "A one-time code (1 h) linking the member's own Telegram account: `telegram_link` opens the bot with " +
      '`start=member_<code>`. The member themselves, or admin+',
  })
  @ApiParam(MEMBER_ID)
  @ApiCreatedResponse({ type: LinkCodeResponse })
  linkCode(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Param('member_id') memberId: string,
  ): Promise<LinkCodeResponse> {
    return this.links.memberCode(project, actor, memberId);
  }

  @Delete(':member_id/telegram')
  @RequirePermission('signed_in')
  @HttpCode(204)
  @ApiOperation({ summary: "Unlink the member's Telegram account (the member themselves, or admin+)" })
  @ApiParam(MEMBER_ID)
  @ApiNoContentResponse()
  async unlink(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Param('member_id') memberId: string,
  ): Promise<void> {
    await this.telegram.unlink(project, actor, memberId);
  }

  @Put(':member_id/notifications')
  @RequirePermission('signed_in')
  @ApiOperation({
    summary:
      'Private Telegram notifications of a linked member: assigned to them, customer wrote on their ticket ' +
      '(both on by default). The member themselves, or admin+; 409 `telegram_not_linked` without a linked account',
  })
  @ApiParam(MEMBER_ID)
  @ApiOkResponse({ type: MemberNotificationsResponse })
  @ApiErrorResponses(409)
  async notifications(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Param('member_id') memberId: string,
    @Body() body: MemberNotificationsDto,
  ): Promise<MemberNotificationsResponse> {
    const row = await this.telegram.setNotifications(project, actor, memberId, {
      assigned: body.assigned,
      customerReplied: body.customer_replied,
    });
    return { assigned: row.notify_assigned, customer_replied: row.notify_customer_replied };
  }
}
