import { Module } from '@nestjs/common';
import { CannedResponsesModule } from '../canned-responses/canned-responses.module.js';
import { CreditsModule } from '../credits/credits.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { RoutingModule } from '../routing/routing.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SlaModule } from '../sla/sla.module.js';
import { TeamModule } from '../team/team.module.js';
import { TicketTypesModule } from '../ticket-types/ticket-types.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { McpServerFactory } from './mcp-server.factory.js';
import { McpController } from './mcp.controller.js';
import { CustomersModule } from '../customers/customers.module.js';

@Module({
  imports: [
    SettingsModule,
    SlaModule,
    TeamModule,
    TicketsModule,
    TicketTypesModule,
    CannedResponsesModule,
    RoutingModule,
    CreditsModule,
    ReportsModule,
    CustomersModule,
  ],
  controllers: [McpController],
  providers: [McpServerFactory],
})
export class McpModule {}
