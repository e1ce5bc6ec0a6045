import { Injectable } from '@nestjs/common';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CannedResponsesService } from '../canned-responses/canned-responses.service.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { CreditsService } from '../credits/credits.service.js';
import { ReportsService } from '../reports/reports.service.js';
import { RoutingService } from '../routing/routing.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { SlaReportService } from '../sla/sla-report.service.js';
import { TeamService } from '../team/team.service.js';
import { TicketTypesService } from '../ticket-types/ticket-types.service.js';
import { TicketBulkService } from '../tickets/ticket-bulk.service.js';
import { TicketCannedReplies } from '../tickets/ticket-canned-replies.service.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { registerConfigurationTools } from './tools/configuration-tools.js';
import { registerCreditsTools } from './tools/credits-tools.js';
import { registerReportTools } from './tools/report-tools.js';
import { registerSettingsTools } from './tools/settings-tools.js';
import { registerTicketTools } from './tools/ticket-tools.js';
import { CustomersService } from '../customers/customers.service.js';
import { TicketEditsService } from '../tickets/ticket-edits.service.js';
import { registerCustomerTools } from './tools/customer-tools.js';

/**
 * Builds an MCP server bound to one project for one request. Tools call the same services as the REST
 * controllers (no HTTP round trip), so rules, errors and tenancy are the same.
 */
@Injectable()
export class McpServerFactory {
  constructor(
    private readonly settings: SettingsService,
    private readonly team: TeamService,
    private readonly tickets: TicketsService,
    private readonly cannedReplies: TicketCannedReplies,
    private readonly ticketBulk: TicketBulkService,
    private readonly ticketTypes: TicketTypesService,
    private readonly cannedResponses: CannedResponsesService,
    private readonly routing: RoutingService,
    private readonly sla: SlaReportService,
    private readonly credits: CreditsService,
    private readonly reports: ReportsService,
    private readonly customers: CustomersService,
    private readonly ticketEdits: TicketEditsService,
  ) {}

  create(project: AuthenticatedProject): McpServer {
    const server = new McpServer(
      { name: 'zapnoty-helpdesk', version: '1.0.0' },
      {
        instructions:
          `Helpdesk of project "${project.name}". Tickets come from Telegram, Max or the API; ` +
          `reply, change status, assign and search them here.`,
      },
    );
    registerSettingsTools(server, project, this.settings, this.team, this.sla);
    registerTicketTools(server, project, this.tickets, this.ticketBulk, this.ticketEdits);
    registerConfigurationTools(server, project, {
      ticketTypes: this.ticketTypes,
      cannedResponses: this.cannedResponses,
      routing: this.routing,
      cannedReplies: this.cannedReplies,
    });
    registerCreditsTools(server, project, this.credits);
    registerReportTools(server, project, this.reports);
    registerCustomerTools(server, project, this.customers, this.ticketEdits);
    return server;
  }
}
