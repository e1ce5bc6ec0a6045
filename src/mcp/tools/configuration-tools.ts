import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { CannedResponsesService } from '../../canned-responses/canned-responses.service.js';
import { toCannedResponseResponse } from '../../canned-responses/canned-response.mapper.js';
import { CANNED_VARIABLES } from '../../canned-responses/canned-text.js';
import { CreateCannedResponseDto, UpdateCannedResponseDto } from '../../canned-responses/dto/canned-response.dto.js';
import type { AuthenticatedProject } from '../../common/auth/authenticated-project.js';
import { CreateRoutingRuleDto, UpdateRoutingRuleDto } from '../../routing/dto/routing-rule.dto.js';
import { ACTION_KEYS, CONDITION_KEYS } from '../../routing/routing-rule-definition.js';
import { toRoutingRuleResponse } from '../../routing/routing-rule.mapper.js';
import type { RoutingService } from '../../routing/routing.service.js';
import { CreateTicketTypeDto, UpdateTicketTypeDto } from '../../ticket-types/dto/ticket-type.dto.js';
import { toTicketTypeConfigResponse, toTicketTypeResponse } from '../../ticket-types/ticket-type.mapper.js';
import type { TicketTypesService } from '../../ticket-types/ticket-types.service.js';
import { RenderCannedResponseDto } from '../../tickets/dto/ticket-request.dto.js';
import type { TicketCannedReplies } from '../../tickets/ticket-canned-replies.service.js';
import { registerTool, validateWithDto } from '../mcp-tool.js';

export interface ConfigurationServices {
  ticketTypes: TicketTypesService;
  cannedResponses: CannedResponsesService;
  routing: RoutingService;
  cannedReplies: TicketCannedReplies;
}

const jsonObject = z.record(z.string(), z.unknown());
const VARIABLES = CANNED_VARIABLES.map((name) => `{{${name}}}`).join(', ');

/** Ticket types, canned responses and routing rules: the same operations as the REST configuration endpoints. */
export function registerConfigurationTools(
  server: McpServer,
  project: AuthenticatedProject,
  services: ConfigurationServices,
): void {
  const { ticketTypes, cannedResponses, routing, cannedReplies } = services;

  registerTool(
    server,
    'list_ticket_types',
    {
      description:
        'The enabled ticket types of this project (id, name, description), in display order. Use an id as ' +
        'ticket_type_id.',
      annotations: { readOnlyHint: true },
    },
    async () => ({ ticket_types: (await ticketTypes.listEnabled(project)).map(toTicketTypeResponse) }),
  );

  registerTool(
    server,
    'list_ticket_type_config',
    {
      description:
        'All ticket types of this project, disabled ones included, with enabled and sort_order: the list to ' +
        'edit types from.',
      annotations: { readOnlyHint: true },
    },
    async () => ({ ticket_types: (await ticketTypes.listAll(project)).map(toTicketTypeConfigResponse) }),
  );

  registerTool(
    server,
    'create_ticket_type',
    {
      description:
        'Create an enabled ticket type. name: 1..100 characters, unique per project ignoring case; description ' +
        'up to 500; sort_order integer (lower first).',
      inputSchema: {
        name: z.string(),
        description: z.string().nullable().optional(),
        sort_order: z.number().int().optional(),
      },
    },
    async (args) =>
      toTicketTypeConfigResponse(await ticketTypes.create(project, await validateWithDto(CreateTicketTypeDto, args))),
  );

  registerTool(
    server,
    'update_ticket_type',
    {
      description:
        'Change a ticket type: pass only the fields to change. enabled: false hides it from new tickets; ' +
        'existing tickets keep it.',
      inputSchema: {
        type_id: z.string(),
        name: z.string().optional(),
        description: z.string().nullable().optional(),
        sort_order: z.number().int().optional(),
        enabled: z.boolean().optional(),
      },
      annotations: { idempotentHint: true },
    },
    async ({ type_id, ...body }) =>
      toTicketTypeConfigResponse(
        await ticketTypes.update(project, String(type_id), await validateWithDto(UpdateTicketTypeDto, body)),
      ),
  );

  registerTool(
    server,
    'delete_ticket_type',
    {
      description: 'Delete a ticket type. Existing tickets keep its id and name; new tickets cannot use it.',
      inputSchema: { type_id: z.string() },
      annotations: { destructiveHint: true },
    },
    async ({ type_id }) => {
      await ticketTypes.remove(project, String(type_id));
      return { deleted: true };
    },
  );

  registerTool(
    server,
    'list_canned_responses',
    {
      description:
        `The team's canned responses (id, title, text, shortcut). Their text may contain ` +
        `${VARIABLES}; use render_canned_response or reply_to_ticket with canned_response_id to fill them in.`,
      annotations: { readOnlyHint: true },
    },
    async () => ({ canned_responses: (await cannedResponses.list(project)).map(toCannedResponseResponse) }),
  );

  registerTool(
    server,
    'create_canned_response',
    {
      description:
        `Create a canned response. title up to 200 characters; text up to 4096, may use ` +
        `${VARIABLES}; shortcut like /hi (unique per project).`,
      inputSchema: { title: z.string(), text: z.string(), shortcut: z.string().nullable().optional() },
    },
    async (args) =>
      toCannedResponseResponse(
        await cannedResponses.create(project, await validateWithDto(CreateCannedResponseDto, args)),
      ),
  );

  registerTool(
    server,
    'update_canned_response',
    {
      description: 'Change a canned response: pass only the fields to change; shortcut null removes it.',
      inputSchema: {
        canned_id: z.string(),
        title: z.string().optional(),
        text: z.string().optional(),
        shortcut: z.string().nullable().optional(),
      },
      annotations: { idempotentHint: true },
    },
    async ({ canned_id, ...body }) =>
      toCannedResponseResponse(
        await cannedResponses.update(project, String(canned_id), await validateWithDto(UpdateCannedResponseDto, body)),
      ),
  );

  registerTool(
    server,
    'delete_canned_response',
    {
      description: 'Delete a canned response.',
      inputSchema: { canned_id: z.string() },
      annotations: { destructiveHint: true },
    },
    async ({ canned_id }) => {
      await cannedResponses.remove(project, String(canned_id));
      return { deleted: true };
    },
  );

  registerTool(
    server,
    'render_canned_response',
    {
      description:
        'Preview a canned response filled in for a ticket (customer name and username, ticket number, subject, ' +
        'project name; agent_name from member_id). Sends nothing: reply_to_ticket with canned_response_id sends it.',
      inputSchema: { canned_id: z.string(), ticket_id: z.string(), member_id: z.string().nullable().optional() },
      annotations: { readOnlyHint: true },
    },
    async ({ canned_id, ...body }) => ({
      text: await cannedReplies.renderForTicket(
        project,
        String(canned_id),
        await validateWithDto(RenderCannedResponseDto, body),
      ),
    }),
  );

  registerTool(
    server,
    'list_routing_rules',
    {
      description:
        'Auto-routing rules of this project in the order they are tried on a new ticket (the first match applies).',
      annotations: { readOnlyHint: true },
    },
    async () => ({ routing_rules: (await routing.list(project)).map(toRoutingRuleResponse) }),
  );

  registerTool(
    server,
    'create_routing_rule',
    {
      description:
        `Create an auto-routing rule applied to new tickets. condition (all keys must hold): ` +
        `${CONDITION_KEYS.join(', ')}; ` +
        `action: ${ACTION_KEYS.join(', ')}. order_index: lower runs first (default 0); enabled default true.`,
      inputSchema: {
        name: z.string(),
        condition: jsonObject.describe('e.g. {"channel": "telegram", "text_contains": "refund"}'),
        action: jsonObject.describe('e.g. {"assign_to": "<member id>", "set_priority": "high", "add_tag": "billing"}'),
        order_index: z.number().int().optional(),
        enabled: z.boolean().optional(),
      },
    },
    async (args) =>
      toRoutingRuleResponse(await routing.create(project, await validateWithDto(CreateRoutingRuleDto, args))),
  );

  registerTool(
    server,
    'update_routing_rule',
    {
      description: 'Change a routing rule: pass only the fields to change; condition and action are replaced whole.',
      inputSchema: {
        rule_id: z.string(),
        name: z.string().optional(),
        condition: jsonObject.optional(),
        action: jsonObject.optional(),
        order_index: z.number().int().optional(),
        enabled: z.boolean().optional(),
      },
      annotations: { idempotentHint: true },
    },
    async ({ rule_id, ...body }) =>
      toRoutingRuleResponse(
        await routing.update(project, String(rule_id), await validateWithDto(UpdateRoutingRuleDto, body)),
      ),
  );

  registerTool(
    server,
    'delete_routing_rule',
    {
      description: 'Delete a routing rule.',
      inputSchema: { rule_id: z.string() },
      annotations: { destructiveHint: true },
    },
    async ({ rule_id }) => {
      await routing.remove(project, String(rule_id));
      return { deleted: true };
    },
  );
}
