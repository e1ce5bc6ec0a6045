import { AcceptsBody } from '../common/http/request-body-type.js';
import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { isMultipart } from '../attachments/multipart-reply.parser.js';
import { ErrorBody } from '../common/errors/error-body.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CurrentProject } from '../common/auth/current-project.decorator.js';
import { type Actor, attributedMemberId, CurrentActor } from '../common/auth/actor.js';
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
  ReplyWithFilesDto,
} from './dto/ticket-request.dto.js';
import {
  BulkResultResponse,
  TicketDetailsResponse,
  TicketListResponse,
  TicketReplyResponse,
  TicketResponse,
} from './dto/ticket-response.dto.js';
import { FileReplyService } from './file-reply.service.js';
import { IdempotencyService } from './idempotency.service.js';
import { TicketsService } from './tickets.service.js';
import { RequirePermission } from '../common/auth/permissions.js';

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Same key and body within 24 h: the first response is replayed and nothing is created again. Other body: 422. First still running: 409.',
};
const TICKET_ID = { name: 'id', format: 'uuid', description: 'Ticket id' };

@ApiTags('Helpdesk tickets')
@ApiBearerAuth()
@RequirePermission('tickets.write')
@Controller('v1/helpdesk/tickets')
export class TicketsController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly idempotency: IdempotencyService,
    private readonly fileReplies: FileReplyService,
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
  @RequirePermission('read')
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
  bulk(@CurrentProject() project: AuthenticatedProject, @CurrentActor() actor: Actor, @Body() body: BulkDto): Promise<BulkResultResponse> {
    return this.tickets.bulk(project, body, { source: 'bulk', memberId: attributedMemberId(actor, null) });
  }

  @Get(':id')
  @RequirePermission('read')
  @ApiOperation({ summary: 'A ticket with its messages (oldest first) and status history' })
  @ApiParam(TICKET_ID)
  @ApiOkResponse({ type: TicketDetailsResponse })
  @ApiErrorResponses()
  get(@CurrentProject() project: AuthenticatedProject, @Param('id') id: string): Promise<TicketDetailsResponse> {
    return this.tickets.get(project, id);
  }

  @Post(':id/reply')
  @ApiOperation({
    summary: 'Agent reply (sent to the customer\'s chat; costs 1 credit, 402 when none is left) or internal note (`internal: true`, free); as multipart/form-data it carries files',
    description:
      'JSON: `text` or `canned_response_id`. multipart/form-data: field `text` (optional when files are present), `internal`, `member_id`, ' +
      'and 1–10 parts named `files`, each at most 20 MiB (413 beyond; 415 for a type the messenger cannot send; 422 for more than 10 or an empty file).',
  })
  @ApiParam(TICKET_ID)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiConsumes('application/json', 'multipart/form-data')
  @AcceptsBody('multipart/form-data')
  // The multipart form's own schema replaces ReplyDto under multipart/form-data (describeMultipartReply).
  @ApiExtraModels(ReplyWithFilesDto)
  @ApiBody({ type: ReplyDto })
  @ApiCreatedResponse({ type: TicketReplyResponse })
  @ApiResponse({ status: 415, description: 'A file of a type the messenger cannot send', type: ErrorBody })
  @ApiErrorResponses(402, 409)
  async reply(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ReplyDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TicketReplyResponse> {
    if (isMultipart(request)) {
      const withFiles = await this.fileReplies.reply(project, actor, id, request, idempotencyKey);
      if (withFiles.replayed) response.status(withFiles.statusCode).setHeader('Idempotent-Replayed', 'true');
      return withFiles.body;
    }
    const result = await this.idempotency.run(project, idempotencyKey, { route: `POST /v1/helpdesk/tickets/${id}/reply`, body }, 201, async (claim) => ({
      // A session's reply is its member's, whatever member_id the body names.
      message: await this.tickets.reply(project, id, { ...body, member_id: attributedMemberId(actor, body.member_id) }, { source: 'api', idempotency: claim }),
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
  changeStatus(@CurrentProject() project: AuthenticatedProject, @CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ChangeStatusDto): Promise<TicketResponse> {
    return this.tickets.changeStatus(project, id, body.status, { source: 'api', memberId: attributedMemberId(actor, null) });
  }

  @Patch(':id/assign')
  @ApiOperation({ summary: 'Assign to a team member of the project (422 otherwise); null or omitted unassigns' })
  @ApiParam(TICKET_ID)
  @ApiOkResponse({ type: TicketResponse })
  @ApiErrorResponses()
  assign(@CurrentProject() project: AuthenticatedProject, @CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: AssignDto): Promise<TicketResponse> {
    return this.tickets.assign(project, id, body.assigned_to ?? null, { source: 'api', memberId: attributedMemberId(actor, null) });
  }

  @Patch(':id/priority')
  @ApiOperation({ summary: 'Change the priority' })
  @ApiParam(TICKET_ID)
  @ApiOkResponse({ type: TicketResponse })
  @ApiErrorResponses()
  setPriority(@CurrentProject() project: AuthenticatedProject, @CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ChangePriorityDto): Promise<TicketResponse> {
    return this.tickets.setPriority(project, id, body.priority, { source: 'api', memberId: attributedMemberId(actor, null) });
  }
}
