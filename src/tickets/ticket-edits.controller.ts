import { Body, Controller, Delete, HttpCode, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { RequirePermission } from '../common/auth/permissions.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { UpdateTicketDto } from './dto/ticket-edit.dto.js';
import { TicketResponse } from './dto/ticket-response.dto.js';
import { TicketEditsService } from './ticket-edits.service.js';

const TICKET_ID = { name: 'id', format: 'uuid', description: 'Ticket id' };

@ApiTags('Helpdesk tickets')
@ApiBearerAuth()
@ApiErrorResponses()
@Controller('v1/helpdesk/tickets')
export class TicketEditsController {
  constructor(private readonly edits: TicketEditsService) {}

  @Patch(':id')
  @RequirePermission('tickets.write')
  @ApiOperation({ summary: 'Change the subject, type or custom fields (support+); fires ticket.updated' })
  @ApiParam(TICKET_ID)
  @ApiOkResponse({ type: TicketResponse })
  update(
    @CurrentProject() project: AuthenticatedProject,
    @Param('id') id: string,
    @Body() body: UpdateTicketDto,
  ): Promise<TicketResponse> {
    return this.edits.update(project, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('config.write')
  @ApiOperation({ summary: 'Delete the ticket for good (admin+); its number is never reused. Fires ticket.deleted' })
  @ApiParam(TICKET_ID)
  @ApiNoContentResponse()
  async remove(@CurrentProject() project: AuthenticatedProject, @Param('id') id: string): Promise<void> {
    await this.edits.remove(project, id);
  }
}
