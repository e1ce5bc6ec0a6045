import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { AuthenticatedProject } from '../../common/auth/authenticated-project.js';
import type { CreditsService } from '../../credits/credits.service.js';
import { registerTool } from '../mcp-tool.js';

export function registerCreditsTools(server: McpServer, project: AuthenticatedProject, credits: CreditsService): void {
  registerTool(
    server,
    'get_credits',
    {
      description:
        "This month's credits of the project. Every public reply (reply_to_ticket without internal) costs 1 " +
        'credit: the free monthly allowance (free_monthly, free_used) first, then the purchased balance. ' +
        'remaining is what is left in total; with 0 left a public reply fails with "no credits left". Internal ' +
        'notes and every other action are free.',
      annotations: { readOnlyHint: true },
    },
    async () => credits.get(project),
  );
}
