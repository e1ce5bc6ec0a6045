import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { AuthenticatedProject } from '../../common/auth/authenticated-project.js';
import { UpdateHelpdeskSettingsDto } from '../../settings/dto/helpdesk-settings.dto.js';
import { toHelpdeskSettingsResponse } from '../../settings/helpdesk-settings.mapper.js';
import type { SettingsService } from '../../settings/settings.service.js';
import { SlaReportQuery } from '../../sla/dto/sla-report.dto.js';
import type { SlaReportService } from '../../sla/sla-report.service.js';
import type { TeamService } from '../../team/team.service.js';
import { toTeamMemberResponse } from '../../team/team-member.mapper.js';
import { registerTool, validateWithDto } from '../mcp-tool.js';

const localized = z.object({ ru: z.string(), en: z.string() });

export function registerSettingsTools(
  server: McpServer,
  project: AuthenticatedProject,
  settings: SettingsService,
  team: TeamService,
  sla: SlaReportService,
): void {
  registerTool(
    server,
    'get_helpdesk_settings',
    {
      description:
        'Read the helpdesk module settings of this project: enabled flags, welcome/close messages (ru/en), SLA ' +
        'hours, CSAT, unanswered-alert threshold.',
      annotations: { readOnlyHint: true },
    },
    async () => toHelpdeskSettingsResponse(await settings.get(project)),
  );

  registerTool(
    server,
    'update_helpdesk_settings',
    {
      description:
        'Change helpdesk settings. Pass only the fields to change; returns all settings. sla_* hours: integer ' +
        '1..8760 or null to disable; helpdesk_unanswered_hours: 12, 24, 48 or null; messages are {ru, en} objects.',
      inputSchema: {
        helpdesk_enabled: z.boolean().optional(),
        helpdesk_welcome_message: localized.optional(),
        helpdesk_close_message: localized.optional(),
        sla_first_reply_hours: z.number().int().nullable().optional(),
        sla_resolve_hours: z.number().int().nullable().optional(),
        helpdesk_ticket_types_enabled: z.boolean().optional(),
        helpdesk_allow_create: z.boolean().optional(),
        helpdesk_allow_view: z.boolean().optional(),
        csat_enabled: z.boolean().optional(),
        csat_message_template: z.string().optional().describe('at most 1024 characters'),
        helpdesk_unanswered_hours: z.number().int().nullable().optional().describe('12, 24, 48 or null'),
        business_hours: z
          .object({
            timezone: z.string(),
            week: z.record(z.string(), z.array(z.object({ from: z.string(), to: z.string() }))),
            holidays: z.array(z.string()).optional(),
          })
          .nullable()
          .optional()
          .describe('{timezone (IANA), week: {mon..sun: [{from: "09:00", to: "18:00"}]}, holidays: [YYYY-MM-DD]}'),
        out_of_hours_reply: localized.nullable().optional(),
        auto_close_waiting_days: z.number().int().nullable().optional().describe('1..365 or null'),
        auto_assign_on_reply: z.boolean().optional(),
      },
      annotations: { idempotentHint: true },
    },
    async (args) =>
      toHelpdeskSettingsResponse(
        await settings.update(project, await validateWithDto(UpdateHelpdeskSettingsDto, args)),
      ),
  );

  registerTool(
    server,
    'list_team_members',
    {
      description:
        'List the support team of this project (id, email, name, role). Use a member id for assign_ticket or ' +
        'reply member_id.',
      annotations: { readOnlyHint: true },
    },
    async () => ({ members: (await team.list(project)).map((member) => toTeamMemberResponse(member)) }),
  );

  registerTool(
    server,
    'get_sla_report',
    {
      description:
        'SLA compliance for tickets created in [from, to] (ISO 8601 dates, both optional): current thresholds, ' +
        'ticket counts, average first-response and resolution seconds, breach counts (open tickets already past ' +
        'due count), average CSAT and number of ratings.',
      inputSchema: { from: z.string().optional(), to: z.string().optional() },
      annotations: { readOnlyHint: true },
    },
    async (args) => sla.report(project, await validateWithDto(SlaReportQuery, args)),
  );
}
