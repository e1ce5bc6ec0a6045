import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '../common/auth/actor.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { RequirePermission } from '../common/auth/permissions.js';
import { BadRequest } from '../common/errors/app-error.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import { EventsQuery } from './dto/events-query.js';
import { EventStreamHub } from './event-stream.hub.js';

const POSITION = /^\d{1,18}$/;

@ApiTags('Live events')
@ApiBearerAuth()
@RequirePermission('read')
@Controller('v1/events')
export class EventsController {
  constructor(private readonly hub: EventStreamHub) {}

  @Get()
  @ApiOperation({
    summary:
      "Server-Sent Events: the project's ticket.* events " +
      "(`event:` the webhook event name, `data:` the webhook's data object, `id:` a position). " +
      'Reconnect with Last-Event-ID to get every later event exactly once (kept 24 h). ' +
      'A comment line every 25 s keeps the stream open.',
  })
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description: 'Resume after this event id (EventSource sends it on reconnect)',
  })
  @ApiProduces('text/event-stream')
  @ApiResponse({
    status: 200,
    description: 'An endless text/event-stream',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiErrorResponses()
  async stream(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Headers('last-event-id') lastEventIdHeader: string | undefined,
    @Query() query: EventsQuery,
    @Res() response: Response,
  ): Promise<void> {
    const raw = lastEventIdHeader ?? query.last_event_id;
    if (raw !== undefined && !POSITION.test(raw.trim()))
      throw new BadRequest('Last-Event-ID must be an event id from this stream (digits)', 'validation_failed');
    await this.hub.open(
      project.id,
      actor.kind === 'member' ? actor.sessionId : null,
      raw === undefined ? undefined : BigInt(raw.trim()),
      response,
    );
  }
}
