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
import { RequirePermission } from '../common/auth/permissions.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { toCustomFieldResponse } from './custom-field.mapper.js';
import { CustomFieldsService } from './custom-fields.service.js';
import {
  CreateCustomFieldDto,
  CustomFieldListResponse,
  CustomFieldResponse,
  UpdateCustomFieldDto,
} from './dto/custom-field.dto.js';

const FIELD_ID = { name: 'field_id', format: 'uuid' };

@ApiTags('Custom fields')
@ApiBearerAuth()
@ApiErrorResponses()
@RequirePermission('config.write')
@Controller('v1/helpdesk/custom-fields')
export class CustomFieldsController {
  constructor(private readonly fields: CustomFieldsService) {}

  @Get()
  @RequirePermission('read')
  @ApiOperation({ summary: "The project's custom fields, oldest first (every role reads them: the ticket form)" })
  @ApiOkResponse({ type: CustomFieldListResponse })
  async list(@CurrentProject() project: AuthenticatedProject): Promise<CustomFieldListResponse> {
    return { custom_fields: (await this.fields.list(project)).map(toCustomFieldResponse) };
  }

  @Post()
  @ApiOperation({ summary: 'Create a custom field (admin+); keys are unique per project (409)' })
  @ApiCreatedResponse({ type: CustomFieldResponse })
  @ApiErrorResponses(409)
  async create(
    @CurrentProject() project: AuthenticatedProject,
    @Body() body: CreateCustomFieldDto,
  ): Promise<CustomFieldResponse> {
    return toCustomFieldResponse(await this.fields.create(project, body));
  }

  @Put(':field_id')
  @ApiOperation({ summary: 'Change a custom field (admin+): label, options, required_to_close, enabled' })
  @ApiParam(FIELD_ID)
  @ApiOkResponse({ type: CustomFieldResponse })
  async update(
    @CurrentProject() project: AuthenticatedProject,
    @Param('field_id') fieldId: string,
    @Body() body: UpdateCustomFieldDto,
  ): Promise<CustomFieldResponse> {
    return toCustomFieldResponse(await this.fields.update(project, fieldId, body));
  }

  @Delete(':field_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a custom field (admin+)' })
  @ApiParam(FIELD_ID)
  @ApiNoContentResponse()
  async remove(@CurrentProject() project: AuthenticatedProject, @Param('field_id') fieldId: string): Promise<void> {
    await this.fields.remove(project, fieldId);
  }
}
