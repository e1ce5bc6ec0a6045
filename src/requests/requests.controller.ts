import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import {
  CreateHelpdeskRequestDto,
  HelpdeskRequestResponse,
  HelpdeskRequestStatusResponse,
} from './dto/helpdesk-request.dto.js';
import { toHelpdeskRequestStatusResponse } from './helpdesk-request.mapper.js';
import { RequestsService } from './requests.service.js';
import { RequirePermission } from '../common/auth/permissions.js';

@ApiTags('Helpdesk requests')
@ApiBearerAuth()
@RequirePermission('config.write')
@Controller('v1/helpdesk/request')
export class RequestsController {
  constructor(private readonly requests: RequestsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Deep links for a customer who is not subscribed yet: consent in the bot, then the helpdesk menu',
  })
  @ApiCreatedResponse({ type: HelpdeskRequestResponse })
  @ApiErrorResponses(403)
  create(
    @CurrentProject() project: AuthenticatedProject,
    @Body() body: CreateHelpdeskRequestDto,
  ): Promise<HelpdeskRequestResponse> {
    return this.requests.create(project, body);
  }

  @Get(':request_id/status')
  @RequirePermission('read')
  @ApiOperation({ summary: 'Poll a request: pending, accepted (with subscriber_id), cancelled or expired' })
  @ApiParam({ name: 'request_id', example: 'Kq9xV3mN2pT7rL8s' })
  @ApiOkResponse({ type: HelpdeskRequestStatusResponse })
  @ApiErrorResponses()
  async status(
    @CurrentProject() project: AuthenticatedProject,
    @Param('request_id') requestId: string,
  ): Promise<HelpdeskRequestStatusResponse> {
    return toHelpdeskRequestStatusResponse(await this.requests.get(project, requestId));
  }
}
