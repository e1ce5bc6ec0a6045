import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { AuthenticatedProject } from '../../common/auth/authenticated-project.js';
import { CHANNELS } from '../../common/channels.js';
import type { CustomersService } from '../../customers/customers.service.js';
import { ListCustomersQuery, UpdateCustomerDto } from '../../customers/dto/customer.dto.js';
import { UpdateTicketDto } from '../../tickets/dto/ticket-edit.dto.js';
import type { TicketEditsService } from '../../tickets/ticket-edits.service.js';
import { registerTool, validateWithDto } from '../mcp-tool.js';

const customerId = z.string().describe("Customer id (uuid): a ticket's subscriber_id");

/** Customers (list, profile, note and block, erasure) and the ticket edit, with the REST rules. */
export function registerCustomerTools(
  server: McpServer,
  project: AuthenticatedProject,
  customers: CustomersService,
  edits: TicketEditsService,
): void {
  registerTool(
    server,
    'list_customers',
    {
      description:
        'Customers, most recently seen first. q: case-insensitive prefix of a name, the username or the chat id; ' +
        'channel; blocked (true/false). Paging: limit 1..100 (default 50), cursor = next_cursor.',
      inputSchema: {
        q: z.string().optional(),
        channel: z.enum(CHANNELS).optional(),
        blocked: z.boolean().optional(),
        limit: z.number().int().optional(),
        cursor: z.string().optional(),
      },
      annotations: { readOnlyHint: true },
    },
    async (args) => customers.list(project, await validateWithDto(ListCustomersQuery, args)),
  );

  registerTool(
    server,
    'get_customer',
    {
      description: 'A customer with ticket counts (open, total), CSAT average, note, block and newest 20 tickets.',
      inputSchema: { customer_id: customerId },
      annotations: { readOnlyHint: true },
    },
    async ({ customer_id }) => customers.get(project, String(customer_id)),
  );

  registerTool(
    server,
    'update_customer',
    {
      description:
        "Change the team's note (null clears it) or block the customer: a blocked customer's messages open no " +
        'ticket, add no message and get no answer from the bot.',
      inputSchema: { customer_id: customerId, note: z.string().nullable().optional(), blocked: z.boolean().optional() },
    },
    async ({ customer_id, ...body }) =>
      customers.update(project, String(customer_id), await validateWithDto(UpdateCustomerDto, body)),
  );

  registerTool(
    server,
    'erase_customer',
    {
      description:
        'IRREVERSIBLY erase a customer (GDPR / 152-FZ request): names, username, chat id, the text of every ' +
        'message they wrote and their files are deleted; their tickets stay without them. Fires customer.erased.',
      inputSchema: { customer_id: customerId },
      annotations: { destructiveHint: true },
    },
    async ({ customer_id }) => {
      await customers.erase(project, String(customer_id));
      return { erased: true };
    },
  );

  registerTool(
    server,
    'update_ticket',
    {
      description:
        'Change a ticket subject (null clears), ticket_type_id (an enabled type, null clears) or custom_fields ' +
        '({key: value}, null unsets a key). Fires ticket.updated.',
      inputSchema: {
        ticket_id: z.string().describe('Ticket id (uuid)'),
        subject: z.string().nullable().optional(),
        ticket_type_id: z.string().nullable().optional(),
        custom_fields: z.record(z.string(), z.unknown()).optional(),
      },
    },
    async ({ ticket_id, ...body }) =>
      edits.update(project, String(ticket_id), await validateWithDto(UpdateTicketDto, body)),
  );
}
