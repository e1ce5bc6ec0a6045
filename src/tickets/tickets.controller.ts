import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { ApiErrorResponses } from '../common/openapi/api-error-responses.js';
import {
  AssignDto,
  BulkDto,
  ChangePriorityDto,
  ChangeStatusDto,
  CreateTicketDto,
  CustomerReplyDto,
  ListTicketsQuery,
  ReplyDto,
} from './dto/ticket-request.dto.js';
import {
  BulkResultResponse,
  TicketDetailsResponse,
  TicketListResponse,
  TicketReplyResponse,
  TicketResponse,
} from './dto/ticket-response.dto.js';
import { IdempotencyService } from './idempotency.service.js';
import { TicketsService } from './tickets.service.js';

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Same key and body within 24 h: the first response is replayed and nothing is created again. Other body: 422. First still running: 409.',
};
const TICKET_ID = { name: 'id', format: 'uuid', description: 'Ticket id' };

@ApiTags('Helpdesk tickets')
@ApiBearerAuth()
@Controller('v1/helpdesk/tickets')
export class TicketsController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a ticket on behalf of a customer, with its first message' })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ type: TicketResponse })
  @ApiErrorResponses(403, 409)
  async create(
    @CurrentProject() project: AuthenticatedProject,
    @Body() body: CreateTicketDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TicketResponse> {
    const result = await this.idempotency.run(project, idempotencyKey, { route: 'POST /v1/helpdesk/tickets', body }, 201, (claim) =>
      this.tickets.create(project, body, { source: 'api', idempotency: claim }),
    );
    if (result.replayed) response.status(result.statusCode).setHeader('Idempotent-Replayed', 'true');
    return result.body;
  }

  @Get()
  @ApiOperation({ summary: 'List tickets, newest first, with filters and offset or keyset (cursor) paging' })
  @ApiOkResponse({ type: TicketListResponse })
  @ApiErrorResponses()
  list(@CurrentProject() project: AuthenticatedProject, @Query() query: ListTicketsQuery): Promise<TicketListResponse> {
    return this.tickets.list(project, query);
  }

  @Post('bulk')
  @HttpCode(200)
  @ApiOperation({ summary: 'Apply one action to up to 100 tickets; unknown ids are skipped; counts tickets that changed' })
  @ApiOkResponse({ type: BulkResultResponse })
  @ApiErrorResponses()
  bulk(@CurrentProject() project: AuthenticatedProject, @Body() body: BulkDto): Promise<BulkResultResponse> {
    return this.tickets.bulk(project, body, { source: 'bulk' });
  }

  @Get(':id')
  @ApiOperation({ summary: 'A ticket with its messages (oldest first) and status history' })
  @ApiParam(TICKET_ID)
  @ApiOkResponse({ type: TicketDetailsResponse })
  @ApiErrorResponses()
  get(@CurrentProject() project: AuthenticatedProject, @Param('id') id: string): Promise<TicketDetailsResponse> {
    return this.tickets.get(project, id);
  }

  @Post(':id/reply')
  @ApiOperation({ summary: 'Agent reply (sent to the customer\'s chat; costs 1 credit, 402 when none is left) or internal note (`internal: true`, free)' })
  @ApiParam(TICKET_ID)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ type: TicketReplyResponse })
  @ApiErrorResponses(402, 409)
  async reply(
    @CurrentProject() project: AuthenticatedProject,
    @Param('id') id: string,
    @Body() body: ReplyDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TicketReplyResponse> {
    const result = await this.idempotency.run(project, idempotencyKey, { route: `POST /v1/helpdesk/tickets/${id}/reply`, body }, 201, async (claim) => ({
      message: await this.tickets.reply(project, id, body, { source: 'api', idempotency: claim }),
    }));
    if (result.replayed) response.status(result.statusCode).setHeader('Idempotent-Replayed', 'true');
    return result.body;
  }

  @Post(':id/customer-reply')
  @ApiOperation({ summary: 'A message from the customer of a virtual ticket (409 for telegram/max tickets)' })
  @ApiParam(TICKET_ID)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ type: TicketReplyResponse })
  @ApiErrorResponses(409)
  async customerReply(
    @CurrentProject() project: AuthenticatedProject,
    @Param('id') id: string,
    @Body() body: CustomerReplyDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TicketReplyResponse> {
    const result = await this.idempotency.run(
      project,
      idempotencyKey,
      { route: `POST /v1/helpdesk/tickets/${id}/customer-reply`, body },
      201,
      async (claim) => ({ message: await this.tickets.addCustomerMessage(project, id, body, { source: 'api', idempotency: claim }) }),
    );
    if (result.replayed) response.status(result.statusCode).setHeader('Idempotent-Replayed', 'true');
    return result.body;
  }

  @Patch(':id/status')
  @ApiOperation({ summary: 'Change the status; closing sets closed_at, reopening clears it' })
  @ApiParam(TICKET_ID)
  @ApiOkResponse({ type: TicketResponse })
  @ApiErrorResponses()
  changeStatus(@CurrentProject() project: AuthenticatedProject, @Param('id') id: string, @Body() body: ChangeStatusDto): Promise<TicketResponse> {
    return this.tickets.changeStatus(project, id, body.status, { source: 'api' });
  }

  @Patch(':id/assign')
  @ApiOperation({ summary: 'Assign to a team member of the project (422 otherwise); null or omitted unassigns' })
  @ApiParam(TICKET_ID)
  @ApiOkResponse({ type: TicketResponse })
  @ApiErrorResponses()
  assign(@CurrentProject() project: AuthenticatedProject, @Param('id') id: string, @Body() body: AssignDto): Promise<TicketResponse> {
    return this.tickets.assign(project, id, body.assigned_to ?? null, { source: 'api' });
  }

  @Patch(':id/priority')
  @ApiOperation({ summary: 'Change the priority' })
  @ApiParam(TICKET_ID)
  @ApiOkResponse({ type: TicketResponse })
  @ApiErrorResponses()
  setPriority(@CurrentProject() project: AuthenticatedProject, @Param('id') id: string, @Body() body: ChangePriorityDto): Promise<TicketResponse> {
    return this.tickets.setPriority(project, id, body.priority, { source: 'api' });
  }
}
