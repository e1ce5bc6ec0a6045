import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '../common/auth/actor.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { RequirePermission } from '../common/auth/permissions.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { PresenceDto, PresenceResponse } from './dto/presence.dto.js';
import { PresenceService } from './presence.service.js';

@ApiTags('Tickets')
@ApiBearerAuth()
@Controller('v1/helpdesk/tickets')
export class PresenceController {
  constructor(private readonly presence: PresenceService) {}

  @Post(':id/presence')
  @RequirePermission('read')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Signed-in members only (403 session_required for the API key): a heartbeat saying you are viewing or ' +
      'typing on this ticket (or left it). Others on the ticket get a `ticket.presence` event on GET /v1/events ' +
      'at once; the answer lists who else is on it. viewing lasts 15 s and typing 6 s unless renewed',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'Ticket id' })
  @ApiOkResponse({ type: PresenceResponse })
  @ApiErrorResponses(403, 404)
  announce(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Param('id') ticketId: string,
    @Body() body: PresenceDto,
  ): Promise<PresenceResponse> {
    return this.presence.announce(project, actor, ticketId, body.state);
  }
}
