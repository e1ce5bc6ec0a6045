import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { AuthenticatedProject } from '../../common/auth/authenticated-project.js';
import { toCannedResponseResponse } from '../../canned-responses/canned-response.mapper.js';
import type { CannedResponsesService } from '../../canned-responses/canned-responses.service.js';
import { toTicketTypeResponse } from '../../ticket-types/ticket-type.mapper.js';
import type { TicketTypesService } from '../../ticket-types/ticket-types.service.js';
import { RenderCannedResponseDto } from '../../tickets/dto/ticket-request.dto.js';
import type { TicketsService } from '../../tickets/tickets.service.js';
import { registerTool, validateWithDto } from '../mcp-tool.js';

export function registerConfigurationTools(
  server: McpServer,
  project: AuthenticatedProject,
  ticketTypes: TicketTypesService,
  cannedResponses: CannedResponsesService,
  tickets: TicketsService,
): void {
  registerTool(
    server,
    'list_ticket_types',
    { description: 'The enabled ticket types of this project (id, name, description), in display order. Use an id as ticket_type_id.', annotations: { readOnlyHint: true } },
    async () => ({ ticket_types: (await ticketTypes.listEnabled(project)).map(toTicketTypeResponse) }),
  );

  registerTool(
    server,
    'list_canned_responses',
    {
      description:
        'The team\'s canned responses (id, title, text, shortcut). Their text may contain {{first_name}}, {{username}}, {{ticket_number}}, {{subject}}, {{agent_name}}, {{project_name}}; use render_canned_response or reply_to_ticket with canned_response_id to fill them in.',
      annotations: { readOnlyHint: true },
    },
    async () => ({ canned_responses: (await cannedResponses.list(project)).map(toCannedResponseResponse) }),
  );

  registerTool(
    server,
    'render_canned_response',
    {
      description: 'A canned response with its variables filled in for one ticket (and agent_name from member_id), to review before replying.',
      inputSchema: { canned_id: z.string().describe('Canned response id'), ticket_id: z.string(), member_id: z.string().nullable().optional() },
      annotations: { readOnlyHint: true },
    },
    async ({ canned_id, ...body }) => ({ text: await tickets.renderCannedResponse(project, String(canned_id), await validateWithDto(RenderCannedResponseDto, body)) }),
  );
}
