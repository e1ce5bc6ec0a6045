import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { HelpdeskSettingsResponse, UpdateHelpdeskSettingsDto } from './dto/helpdesk-settings.dto.js';
import { toHelpdeskSettingsResponse } from './helpdesk-settings.mapper.js';
import { SettingsService } from './settings.service.js';
import { RequirePermission } from '../common/auth/permissions.js';

@ApiTags('Helpdesk settings')
@ApiBearerAuth()
@ApiErrorResponses()
@RequirePermission('config.write')
@Controller('v1/helpdesk/settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @RequirePermission('read')
  @ApiOperation({ summary: 'Current helpdesk module settings' })
  @ApiOkResponse({ type: HelpdeskSettingsResponse })
  async get(@CurrentProject() project: AuthenticatedProject): Promise<HelpdeskSettingsResponse> {
    return toHelpdeskSettingsResponse(await this.settings.get(project));
  }

  @Put()
  @ApiOperation({ summary: 'Change helpdesk settings: only the fields sent change; returns all settings' })
  @ApiOkResponse({ type: HelpdeskSettingsResponse })
  async update(
    @CurrentProject() project: AuthenticatedProject,
    @Body() body: UpdateHelpdeskSettingsDto,
  ): Promise<HelpdeskSettingsResponse> {
    return toHelpdeskSettingsResponse(await this.settings.update(project, body));
  }
}
