import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { CreateTeamMemberDto, TeamMemberListResponse, TeamMemberResponse } from './dto/team-member.dto.js';
import { toTeamMemberResponse } from './team-member.mapper.js';
import { TeamService } from './team.service.js';

@ApiTags('Team')
@ApiBearerAuth()
@ApiErrorResponses(409)
@Controller('v1/team/members')
export class TeamController {
  constructor(private readonly team: TeamService) {}

  @Get()
  @ApiOperation({ summary: 'List the project team (agents) with their roles' })
  @ApiOkResponse({ type: TeamMemberListResponse })
  async list(@CurrentProject() project: AuthenticatedProject): Promise<TeamMemberListResponse> {
    return { members: (await this.team.list(project)).map(toTeamMemberResponse) };
  }

  @Post()
  @ApiOperation({ summary: 'Add a team member; e-mail is unique per project (409)' })
  @ApiCreatedResponse({ type: TeamMemberResponse })
  async add(@CurrentProject() project: AuthenticatedProject, @Body() body: CreateTeamMemberDto): Promise<TeamMemberResponse> {
    return toTeamMemberResponse(await this.team.add(project, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a team member; the last owner cannot be removed (409)' })
  @ApiNoContentResponse()
  async remove(@CurrentProject() project: AuthenticatedProject, @Param('id') id: string): Promise<void> {
    await this.team.remove(project, id);
  }
}
