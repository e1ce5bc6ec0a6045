import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { AuthenticatedProject } from '../../common/auth/authenticated-project.js';
import {
  AssignDto,
  BulkDto,
  ChangePriorityDto,
  ChangeStatusDto,
  CreateTicketDto,
  ListTicketsQuery,
  ReplyDto,
} from '../../tickets/dto/ticket-request.dto.js';
import { BULK_ACTIONS, TICKET_PRIORITIES, TICKET_STATUSES } from '../../tickets/ticket-enums.js';
import type { TicketBulkService } from '../../tickets/ticket-bulk.service.js';
import type { TicketsService } from '../../tickets/tickets.service.js';
import type { TicketEditsService } from '../../tickets/ticket-edits.service.js';
import { registerTool, validateWithDto } from '../mcp-tool.js';
import { CHANNELS } from '../../common/channels.js';

const ticketId = z.string().describe('Ticket id (uuid)');

export function registerTicketTools(
  server: McpServer,
  project: AuthenticatedProject,
  tickets: TicketsService,
  ticketBulk: TicketBulkService,
  edits: TicketEditsService,
): void {
  registerTool(
    server,
    'list_tickets',
    {
      description:
        'List tickets, newest first. Filters: status, assigned_to (member id or "none"), priority, channel, ' +
        'ticket_type_id, tag, q (full-text search in subject and messages). Paging: limit 1..100 (default 50) ' +
        'with offset, or cursor = next_cursor of the previous page.',
      inputSchema: {
        status: z.enum(TICKET_STATUSES).optional(),
        assigned_to: z.string().optional(),
        priority: z.enum(TICKET_PRIORITIES).optional(),
        channel: z.enum(CHANNELS).optional(),
        ticket_type_id: z.string().optional(),
        tag: z.string().optional(),
        q: z.string().optional(),
        limit: z.number().int().optional(),
        offset: z.number().int().optional(),
        cursor: z.string().optional(),
      },
      annotations: { readOnlyHint: true },
    },
    async (args) => tickets.list(project, await validateWithDto(ListTicketsQuery, args)),
  );

  registerTool(
    server,
    'get_ticket',
    {
      description:
        'One ticket with its whole conversation (messages oldest first, internal notes marked) and status history.',
      inputSchema: { ticket_id: ticketId },
      annotations: { readOnlyHint: true },
    },
    async (args) => tickets.get(project, String(args.ticket_id)),
  );

  registerTool(
    server,
    'create_ticket',
    {
      description:
        'Create a ticket on behalf of a customer with its first message. channel defaults to virtual; ' +
        "telegram/max need the chat_id of a chat that is already this project's customer (it opened the " +
        "project's help link, accepted one of its requests or wrote in one of its tickets), else it fails " +
        'with chat_not_subscribed and nothing is stored or sent.',
      inputSchema: {
        text: z.string().describe('First message, at most 4096 characters'),
        subject: z.string().optional(),
        channel: z.enum(CHANNELS).optional(),
        chat_id: z.number().int().optional(),
        first_name: z.string().optional(),
        username: z.string().optional(),
        ticket_type_id: z.string().optional(),
      },
    },
    async (args) => tickets.create(project, await validateWithDto(CreateTicketDto, args), { source: 'api' }),
  );

  registerTool(
    server,
    'reply_to_ticket',
    {
      description:
        'Reply to a ticket as an agent. The customer receives it in their messenger; a public reply costs 1 ' +
        'credit (get_credits) and fails with "no credits left" when none is left. internal: true writes an ' +
        'internal note instead (free, never sent, fires no webhook). member_id attributes the reply to a team ' +
        'member. Give exactly one of text and canned_response_id (a canned response, its variables filled in ' +
        'for this ticket; agent_name from member_id). A public reply on a telegram/max ticket of a server ' +
        'without that bot fails (channel_not_configured) with nothing stored or charged; one whose delivery ' +
        'fails for good shows delivery "failed" with delivery_error and its credit is given back.',
      inputSchema: {
        ticket_id: ticketId,
        text: z.string().optional().describe('At most 4096 characters'),
        canned_response_id: z
          .string()
          .optional()
          .describe('Instead of text: a canned response id (list_canned_responses)'),
        internal: z.boolean().optional(),
        member_id: z.string().optional(),
        after_message_id: z
          .string()
          .optional()
          .describe(
            'The last message you read (get_ticket): when newer ones came in since, nothing is sent and they ' +
              'are returned (ticket_changed); read them and reply again',
          ),
      },
    },
    async ({ ticket_id, ...body }) => ({
      message: await tickets.reply(project, String(ticket_id), await validateWithDto(ReplyDto, body), {
        source: 'api',
      }),
    }),
  );

  registerTool(
    server,
    'set_ticket_status',
    {
      description:
        'Change a ticket status: new, in_progress, waiting or closed. Closing sends the close message (and CSAT ' +
        'survey when enabled).',
      inputSchema: { ticket_id: ticketId, status: z.enum(TICKET_STATUSES) },
    },
    async ({ ticket_id, ...body }) =>
      edits.changeStatus(project, String(ticket_id), (await validateWithDto(ChangeStatusDto, body)).status, {
        source: 'api',
      }),
  );

  registerTool(
    server,
    'assign_ticket',
    {
      description: 'Assign a ticket to a team member (see list_team_members); assigned_to null unassigns.',
      inputSchema: { ticket_id: ticketId, assigned_to: z.string().nullable() },
    },
    async ({ ticket_id, ...body }) =>
      tickets.assign(project, String(ticket_id), (await validateWithDto(AssignDto, body)).assigned_to ?? null),
  );

  registerTool(
    server,
    'set_ticket_priority',
    {
      description: 'Change a ticket priority: low, normal, high or urgent.',
      inputSchema: { ticket_id: ticketId, priority: z.enum(TICKET_PRIORITIES) },
    },
    async ({ ticket_id, ...body }) =>
      tickets.setPriority(project, String(ticket_id), (await validateWithDto(ChangePriorityDto, body)).priority),
  );

  registerTool(
    server,
    'bulk_update_tickets',
    {
      description:
        'Apply one action to up to 100 tickets: close, set_status (value: status), assign (value: member id or ' +
        'null), set_priority (value: priority), add_tag / remove_tag (value: tag). Returns how many tickets ' +
        'changed; unknown ids are skipped.',
      inputSchema: {
        ticket_ids: z.array(z.string()),
        action: z.enum(BULK_ACTIONS),
        value: z.union([z.string(), z.null()]).optional(),
      },
    },
    async (args) => ticketBulk.bulk(project, await validateWithDto(BulkDto, args), { source: 'bulk' }),
  );

  server.registerResource(
    'ticket',
    new ResourceTemplate('ticket://{id}', { list: undefined }),
    { description: 'A ticket and its whole conversation, as JSON, to read as context', mimeType: 'application/json' },
    async (uri, variables) => {
      const ticket = await tickets.get(project, String(variables.id));
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(ticket, null, 2) }] };
    },
  );
}
