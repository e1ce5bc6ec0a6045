import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { TicketResponse } from '../tickets/dto/ticket-response.dto.js';
import { CsatService } from './csat.service.js';
import { RateTicketDto } from './dto/csat.dto.js';
import { RequirePermission } from '../common/auth/permissions.js';

@ApiTags('Tickets')
@ApiBearerAuth()
@RequirePermission('tickets.write')
@Controller('v1/helpdesk/tickets')
export class CsatController {
  constructor(private readonly csat: CsatService) {}

  @Post(':id/csat')
  @ApiOperation({
    summary:
      "A virtual-channel customer's CSAT rating (1–5) of a closed ticket; one per closing; fires ticket.csat_received",
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'Ticket id' })
  @ApiCreatedResponse({ type: TicketResponse })
  @ApiErrorResponses(409)
  rate(
    @CurrentProject() project: AuthenticatedProject,
    @Param('id') id: string,
    @Body() body: RateTicketDto,
  ): Promise<TicketResponse> {
    return this.csat.recordCsatRating(project, id, body.rating, 'api');
  }
}
