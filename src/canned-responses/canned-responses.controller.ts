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
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { toCannedResponseResponse } from './canned-response.mapper.js';
import { CannedResponsesService } from './canned-responses.service.js';
import {
  CannedResponseListResponse,
  CannedResponseResponse,
  CreateCannedResponseDto,
  UpdateCannedResponseDto,
} from './dto/canned-response.dto.js';
import { RequirePermission } from '../common/auth/permissions.js';

@ApiTags('Canned responses')
@ApiBearerAuth()
@ApiErrorResponses()
@RequirePermission('config.write')
@Controller('v1/helpdesk/canned-responses')
export class CannedResponsesController {
  constructor(private readonly cannedResponses: CannedResponsesService) {}

  @Get()
  @RequirePermission('read')
  @ApiOperation({ summary: 'All canned responses of the project, oldest first' })
  @ApiOkResponse({ type: CannedResponseListResponse })
  async list(@CurrentProject() project: AuthenticatedProject): Promise<CannedResponseListResponse> {
    return { canned_responses: (await this.cannedResponses.list(project)).map(toCannedResponseResponse) };
  }

  @Post()
  @ApiOperation({ summary: 'Create a canned response; unknown {{variables}} → 422, a taken shortcut → 409' })
  @ApiCreatedResponse({ type: CannedResponseResponse })
  @ApiErrorResponses(409)
  async create(
    @CurrentProject() project: AuthenticatedProject,
    @Body() body: CreateCannedResponseDto,
  ): Promise<CannedResponseResponse> {
    return toCannedResponseResponse(await this.cannedResponses.create(project, body));
  }

  @Put(':canned_id')
  @ApiOperation({ summary: 'Change a canned response: only the fields sent change' })
  @ApiParam({ name: 'canned_id', format: 'uuid' })
  @ApiOkResponse({ type: CannedResponseResponse })
  @ApiErrorResponses(409)
  async update(
    @CurrentProject() project: AuthenticatedProject,
    @Param('canned_id') cannedId: string,
    @Body() body: UpdateCannedResponseDto,
  ): Promise<CannedResponseResponse> {
    return toCannedResponseResponse(await this.cannedResponses.update(project, cannedId, body));
  }

  @Delete(':canned_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a canned response' })
  @ApiParam({ name: 'canned_id', format: 'uuid' })
  @ApiNoContentResponse()
  async remove(@CurrentProject() project: AuthenticatedProject, @Param('canned_id') cannedId: string): Promise<void> {
    await this.cannedResponses.remove(project, cannedId);
  }
}
