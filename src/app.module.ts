import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { CannedResponsesModule } from './canned-responses/canned-responses.module.js';
import { CreditsModule } from './credits/credits.module.js';
import { CsatModule } from './csat/csat.module.js';
import { CustomersModule } from './customers/customers.module.js';
import { CustomFieldsModule } from './custom-fields/custom-fields.module.js';
import { AuthModule } from './common/auth/auth.module.js';
import { SignInModule } from './auth/auth.module.js';
import { EventsModule } from './events/events.module.js';
import { PresenceModule } from './presence/presence.module.js';
import { SavedViewsModule } from './saved-views/saved-views.module.js';
import { AppConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { MessengersModule } from './messengers/messengers.module.js';
import { McpModule } from './mcp/mcp.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { ProjectsModule } from './projects/projects.module.js';
import { RequestsModule } from './requests/requests.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { RoutingModule } from './routing/routing.module.js';
import { SettingsModule } from './settings/settings.module.js';
import { SlaModule } from './sla/sla.module.js';
import { SubscribersModule } from './subscribers/subscribers.module.js';
import { TeamModule } from './team/team.module.js';
import { TicketTypesModule } from './ticket-types/ticket-types.module.js';
import { TicketsModule } from './tickets/tickets.module.js';
import { UnansweredTicketsModule } from './unanswered/unanswered-tickets.module.js';
import { AutomationsModule } from './automations/automations.module.js';
import { MacrosModule } from './macros/macros.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { TeamChatModule } from './team-chat/team-chat.module.js';

@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    ScheduleModule.forRoot(),
    AuthModule,
    OutboxModule,
    HealthModule,
    MetricsModule,
    ProjectsModule,
    TeamModule,
    SignInModule,
    EventsModule,
    PresenceModule,
    SavedViewsModule,
    SettingsModule,
    RequestsModule,
    MessengersModule,
    TicketTypesModule,
    CannedResponsesModule,
    RoutingModule,
    SubscribersModule,
    TicketsModule,
    McpModule,
    WebhooksModule,
    CsatModule,
    SlaModule,
    CustomersModule,
    CustomFieldsModule,
    UnansweredTicketsModule,
    AutomationsModule,
    MacrosModule,
    CreditsModule,
    ReportsModule,
    TeamChatModule,
  ],
})
export class AppModule {}
