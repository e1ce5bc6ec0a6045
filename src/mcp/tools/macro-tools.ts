import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { API_KEY_ACTOR } from '../../common/auth/actor.js';
import type { AuthenticatedProject } from '../../common/auth/authenticated-project.js';
import { ApplyMacroDto } from '../../macros/macros.controller.js';
import { toMacroResponse } from '../../macros/macro.mapper.js';
import type { MacrosService } from '../../macros/macros.service.js';
import { registerTool, validateWithDto } from '../mcp-tool.js';

export function registerMacroTools(server: McpServer, project: AuthenticatedProject, macros: MacrosService): void {
  registerTool(
    server,
    'list_macros',
    {
      description:
        'The macros of the project: one-click routines of a text (reply or internal note, canned variables ' +
        'filled in) and ticket changes (status, priority, add_tags, remove_tags, assign).',
      inputSchema: {},
      annotations: { readOnlyHint: true },
    },
    async () => ({ macros: (await macros.list(project)).map(toMacroResponse) }),
  );

  registerTool(
    server,
    'apply_macro',
    {
      description:
        'Apply a macro (list_macros) to a ticket: its text and every action in one transaction, all or ' +
        'nothing. A public text costs 1 credit; with none left it fails with "no credits left" and nothing ' +
        'changes. A macro that assigns to "me" cannot be applied here (no signed-in member). member_id: the ' +
        'team member the text is written as. Returns the ticket.',
      inputSchema: {
        ticket_id: z.string().describe('Ticket id (uuid)'),
        macro_id: z.string().describe('Macro id (uuid)'),
        member_id: z.string().optional(),
      },
    },
    async ({ ticket_id, macro_id, ...body }) => {
      const input = await validateWithDto(ApplyMacroDto, body);
      return macros.apply(project, API_KEY_ACTOR, String(ticket_id), String(macro_id), input.member_id ?? null);
    },
  );
}
