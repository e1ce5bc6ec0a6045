import { AcceptsBody } from '../common/http/request-body-type.js';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
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
import { Idempotency, Idempotent, type IdempotentCall } from './idempotent.interceptor.js';
import { TicketBulkService } from './ticket-bulk.service.js';
import { TicketsService } from './tickets.service.js';
import { TicketEditsService } from './ticket-edits.service.js';
import { CustomFieldFilterInterceptor, CustomFieldFilters } from './custom-field-filters.js';
import { RequirePermission } from '../common/auth/permissions.js';

const TICKET_ID = { name: 'id', format: 'uuid', description: 'Ticket id' };

@ApiTags('Helpdesk tickets')
@ApiBearerAuth()
@RequirePermission('tickets.write')
@Controller('v1/helpdesk/tickets')
export class TicketsController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly ticketBulk: TicketBulkService,
    private readonly fileReplies: FileReplyService,
    private readonly edits: TicketEditsService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create a ticket on behalf of a customer, with its first message',
    description:
      "A telegram or max ticket needs the `chat_id` of a chat that is already this project's customer (it " +
      "opened the project's help link, accepted one of its requests, or wrote in one of its tickets); any " +
      'other chat → 422 `chat_not_subscribed`, with nothing stored or sent.',
  })
  @Idempotent()
  @ApiCreatedResponse({ type: TicketResponse })
  @ApiErrorResponses(403, 409)
  create(
    @CurrentProject() project: AuthenticatedProject,
    @Body() body: CreateTicketDto,
    @Idempotency() idempotency: IdempotentCall,
  ): Promise<TicketResponse> {
    return idempotency.run(body, async (claim) => {
      const custom = await this.edits.newTicketValues(project, body.custom_fields);
      return this.tickets.create(project, { ...body, custom_fields: custom }, { source: 'api', idempotency: claim });
    });
  }

  @Get()
  @RequirePermission('read')
  @ApiOperation({
    summary: 'List tickets, newest first, with filters and offset or keyset (cursor) paging',
    description: '`cf_<key>=<value>` filters by a custom field value (compared as text; `true`/`false` for checkboxes)',
  })
  @UseInterceptors(CustomFieldFilterInterceptor)
  @ApiOkResponse({ type: TicketListResponse })
  @ApiErrorResponses()
  async list(
    @CurrentProject() project: AuthenticatedProject,
    @Query() query: ListTicketsQuery,
    @CustomFieldFilters() filters: Record<string, string>,
  ): Promise<TicketListResponse> {
    return this.tickets.list(project, { ...query, custom_fields: await this.edits.listFilters(project, filters) });
  }

  @Post('bulk')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Apply one action to up to 100 tickets; unknown ids are skipped; counts tickets that changed',
  })
  @ApiOkResponse({ type: BulkResultResponse })
  @ApiErrorResponses()
  bulk(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Body() body: BulkDto,
  ): Promise<BulkResultResponse> {
    return this.ticketBulk.bulk(project, body, { source: 'bulk', memberId: attributedMemberId(actor, null) });
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
    summary:
      "Agent reply (sent to the customer's chat; costs 1 credit, 402 when none is left) or internal note " +
      '(`internal: true`, free); as multipart/form-data it carries files',
    description:
      'JSON: `text` or `canned_response_id`. ' +
      'multipart/form-data: field `text` (optional when files are present), `internal`, `member_id`, ' +
      'and 1–10 parts named `files`, each at most 20 MiB ' +
      '(413 beyond; 415 for a type the messenger cannot send; 422 for more than 10 or an empty file). ' +
      'A public reply on a telegram/max ticket when this server has no bot for that messenger → 409 ' +
      '`channel_not_configured`, nothing stored or charged. A reply whose delivery fails for good ends with ' +
      '`delivery: "failed"` and a `delivery_error`, and its credit is given back (a `refund` ledger entry).',
  })
  @ApiParam(TICKET_ID)
  @Idempotent()
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
    @Idempotency() idempotency: IdempotentCall,
    @Req() request: Request,
  ): Promise<TicketReplyResponse> {
    if (isMultipart(request)) return this.fileReplies.reply(project, actor, id, request, idempotency);
    // A session's reply is its member's, whatever member_id the body names.
    const input = { ...body, member_id: attributedMemberId(actor, body.member_id) };
    return idempotency.run(body, async (claim) => ({
      message: await this.tickets.reply(project, id, input, { source: 'api', idempotency: claim }),
    }));
  }

  @Post(':id/customer-reply')
  @ApiOperation({ summary: 'A message from the customer of a virtual ticket (409 for telegram/max tickets)' })
  @ApiParam(TICKET_ID)
  @Idempotent()
  @ApiCreatedResponse({ type: TicketReplyResponse })
  @ApiErrorResponses(409)
  customerReply(
    @CurrentProject() project: AuthenticatedProject,
    @Param('id') id: string,
    @Body() body: CustomerReplyDto,
    @Idempotency() idempotency: IdempotentCall,
  ): Promise<TicketReplyResponse> {
    return idempotency.run(body, async (claim) => ({
      message: await this.tickets.addCustomerMessage(project, id, body, { source: 'api', idempotency: claim }),
    }));
  }

  @Patch(':id/status')
  @ApiOperation({ summary: 'Change the status; closing sets closed_at, reopening clears it' })
  @ApiParam(TICKET_ID)
  @ApiOkResponse({ type: TicketResponse })
  @ApiErrorResponses()
  changeStatus(
    @CurrentProject() project: AuthenticatedProject,
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ChangeStatusDto,
  ): Promise<TicketResponse> {
    return this.edits.changeStatus(project, id, body.status, {
      source: 'api',
      memberId: attributedMemberId(actor, null),
    });
  }

  @Patch(':id/assign')
  @ApiOperation({ summary: 'Assign to a team member of the project (422 otherwise); null or omitted unassigns' })
  @ApiParam(TICKET_ID)
  @ApiOkResponse({ type: TicketResponse })
  @ApiErrorResponses()
  assign(
    @CurrentProject() project: AuthenticatedProject,
    @Param('id') id: string,
    @Body() body: AssignDto,
  ): Promise<TicketResponse> {
    return this.tickets.assign(project, id, body.assigned_to ?? null);
  }

  @Patch(':id/priority')
  @ApiOperation({ summary: 'Change the priority' })
  @ApiParam(TICKET_ID)
  @ApiOkResponse({ type: TicketResponse })
  @ApiErrorResponses()
  setPriority(
    @CurrentProject() project: AuthenticatedProject,
    @Param('id') id: string,
    @Body() body: ChangePriorityDto,
  ): Promise<TicketResponse> {
    return this.tickets.setPriority(project, id, body.priority);
  }
}
