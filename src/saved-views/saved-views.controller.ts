import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
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
import { CreateSavedViewDto, SavedViewListResponse, SavedViewResponse } from './dto/saved-view.dto.js';
import { SavedViewsService } from './saved-views.service.js';

@ApiTags('Team')
@ApiBearerAuth()
@ApiErrorResponses(403)
@RequirePermission('read')
@Controller('v1/team/me/views')
export class SavedViewsController {
  constructor(private readonly views: SavedViewsService) {}

  @Get()
  @ApiOperation({ summary: 'Your saved ticket lists (signed-in members; the API key gets 403 session_required)' })
  @ApiOkResponse({ type: SavedViewListResponse })
  async list(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
  ): Promise<SavedViewListResponse> {
    return { views: await this.views.list(project, actor) };
  }

  @Post()
  @ApiOperation({ summary: 'Save a ticket list (its query parameters) under a name; at most 50 per member (422)' })
  @ApiCreatedResponse({ type: SavedViewResponse })
  create(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Body() body: CreateSavedViewDto,
  ): Promise<SavedViewResponse> {
    return this.views.create(project, actor, body);
  }

  @Delete(':view_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one of your saved lists' })
  @ApiParam({ name: 'view_id', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiErrorResponses(404)
  async delete(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Param('view_id') viewId: string,
  ): Promise<void> {
    await this.views.delete(project, actor, viewId);
  }
}
