import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { AuthenticatedProject } from '../../common/auth/authenticated-project.js';
import { REPORT_INTERVALS, ReportQuery } from '../../reports/dto/report.dto.js';
import type { ReportsService } from '../../reports/reports.service.js';
import { registerTool, validateWithDto } from '../mcp-tool.js';

export function registerReportTools(server: McpServer, project: AuthenticatedProject, reports: ReportsService): void {
  registerTool(
    server,
    'get_report',
    {
      description:
        'How the team is doing over the days from..to (YYYY-MM-DD, both included, at most 400 days; default the ' +
        'last 30 days): per day or 7-day week, tickets created and closed, first-reply p50/p90 and resolution ' +
        'p50 in seconds, SLA met %, CSAT average and count; per agent replies, closes, first-reply p50, CSAT; ' +
        'tickets per channel and type. For "how was last week?" pass last Monday..Sunday with interval "week".',
      inputSchema: {
        from: z.string().optional().describe('first day, YYYY-MM-DD'),
        to: z.string().optional().describe('last day, YYYY-MM-DD'),
        interval: z.enum(REPORT_INTERVALS).optional().describe('day (default) or week'),
        timezone: z.string().optional().describe('IANA time zone such as Europe/Moscow; default UTC'),
      },
      annotations: { readOnlyHint: true },
    },
    async (args) => reports.report(project, await validateWithDto(ReportQuery, args)),
  );
}
