import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { RenderCannedResponseDto } from './dto/ticket-request.dto.js';
import { RenderedCannedResponse } from './dto/ticket-response.dto.js';
import { TicketCannedReplies } from './ticket-canned-replies.service.js';
import { RequirePermission } from '../common/auth/permissions.js';

/**
 * Rendering needs a ticket, so it lives with tickets: the canned-responses module stays below tickets
 * (tickets import it for replies), and no import cycle is needed.
 */
@ApiTags('Canned responses')
@ApiBearerAuth()
@ApiErrorResponses()
@RequirePermission('read')
@Controller('v1/helpdesk/canned-responses')
export class CannedRenderController {
  constructor(private readonly cannedReplies: TicketCannedReplies) {}

  @Post(':canned_id/render')
  @HttpCode(200)
  @ApiOperation({ summary: 'The canned response with its variables filled in for a ticket (and agent); sends nothing' })
  @ApiParam({ name: 'canned_id', format: 'uuid' })
  @ApiOkResponse({ type: RenderedCannedResponse })
  async render(
    @CurrentProject() project: AuthenticatedProject,
    @Param('canned_id') cannedId: string,
    @Body() body: RenderCannedResponseDto,
  ): Promise<RenderedCannedResponse> {
    return { text: await this.cannedReplies.renderForTicket(project, cannedId, body) };
  }
}
