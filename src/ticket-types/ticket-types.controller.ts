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
import {
  CreateTicketTypeDto,
  TicketTypeConfigListResponse,
  TicketTypeConfigResponse,
  TicketTypeListResponse,
  UpdateTicketTypeDto,
} from './dto/ticket-type.dto.js';
import { toTicketTypeConfigResponse, toTicketTypeResponse } from './ticket-type.mapper.js';
import { TicketTypesService } from './ticket-types.service.js';
import { RequirePermission } from '../common/auth/permissions.js';

@ApiTags('Ticket types')
@ApiBearerAuth()
@ApiErrorResponses()
@RequirePermission('config.write')
@Controller('v1/helpdesk/ticket-types')
export class TicketTypesController {
  constructor(private readonly ticketTypes: TicketTypesService) {}

  @Get()
  @RequirePermission('read')
  @ApiOperation({
    summary: 'Enabled ticket types, by sort_order then name: what a new ticket may use as ticket_type_id',
  })
  @ApiOkResponse({ type: TicketTypeListResponse })
  async listEnabled(@CurrentProject() project: AuthenticatedProject): Promise<TicketTypeListResponse> {
    return { ticket_types: (await this.ticketTypes.listEnabled(project)).map(toTicketTypeResponse) };
  }

  @Get('config')
  @RequirePermission('read')
  @ApiOperation({ summary: 'All ticket types, disabled ones included, with their settings' })
  @ApiOkResponse({ type: TicketTypeConfigListResponse })
  async listAll(@CurrentProject() project: AuthenticatedProject): Promise<TicketTypeConfigListResponse> {
    return { ticket_types: (await this.ticketTypes.listAll(project)).map(toTicketTypeConfigResponse) };
  }

  @Post()
  @ApiOperation({ summary: 'Create a ticket type (enabled); names are unique per project, case-insensitively (409)' })
  @ApiCreatedResponse({ type: TicketTypeConfigResponse })
  @ApiErrorResponses(409)
  async create(
    @CurrentProject() project: AuthenticatedProject,
    @Body() body: CreateTicketTypeDto,
  ): Promise<TicketTypeConfigResponse> {
    return toTicketTypeConfigResponse(await this.ticketTypes.create(project, body));
  }

  @Put(':type_id')
  @ApiOperation({ summary: 'Change a ticket type: only the fields sent change; `enabled` switches it on or off' })
  @ApiParam({ name: 'type_id', format: 'uuid' })
  @ApiOkResponse({ type: TicketTypeConfigResponse })
  @ApiErrorResponses(409)
  async update(
    @CurrentProject() project: AuthenticatedProject,
    @Param('type_id') typeId: string,
    @Body() body: UpdateTicketTypeDto,
  ): Promise<TicketTypeConfigResponse> {
    return toTicketTypeConfigResponse(await this.ticketTypes.update(project, typeId, body));
  }

  @Delete(':type_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a ticket type; existing tickets keep its id and name, new tickets cannot use it' })
  @ApiParam({ name: 'type_id', format: 'uuid' })
  @ApiNoContentResponse()
  async remove(@CurrentProject() project: AuthenticatedProject, @Param('type_id') typeId: string): Promise<void> {
    await this.ticketTypes.remove(project, typeId);
  }
}
