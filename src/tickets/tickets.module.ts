import { Module } from '@nestjs/common';
import { ReplyReachability } from './reply-reachability.js';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { CannedResponsesModule } from '../canned-responses/canned-responses.module.js';
import { CreditsModule } from '../credits/credits.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SubscribersModule } from '../subscribers/subscribers.module.js';
import { RoutingModule } from '../routing/routing.module.js';
import { TeamModule } from '../team/team.module.js';
import { TicketTypesModule } from '../ticket-types/ticket-types.module.js';
import { CannedRenderController } from './canned-render.controller.js';
import { FileReplyService } from './file-reply.service.js';
import { IdempotencyService } from './idempotency.service.js';
import { IdempotencyKeyStore } from './idempotency-key.store.js';
import { TicketStore } from './ticket.store.js';
import { TicketListStore } from './ticket-list.store.js';
import { IdempotencyInterceptor } from './idempotent.interceptor.js';
import { TicketsController } from './tickets.controller.js';
import { TicketBulkService } from './ticket-bulk.service.js';
import { TicketChatService } from './ticket-chat.service.js';
import { TicketWriter } from './ticket-writer.service.js';
import { AgentReplyFlow } from './agent-reply.flow.js';
import { TicketCannedReplies } from './ticket-canned-replies.service.js';
import { TicketsService } from './tickets.service.js';
import { TicketErasureService } from './ticket-erasure.service.js';
import { TicketErasureStore } from './ticket-erasure.store.js';
import { TicketEditsController } from './ticket-edits.controller.js';
import { TicketEditsService } from './ticket-edits.service.js';
import { TicketEditStore } from './ticket-edit.store.js';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module.js';
import { TicketExportController } from './ticket-export.controller.js';
import { TicketExportService } from './ticket-export.service.js';

@Module({
  imports: [
    SettingsModule,
    TeamModule,
    SubscribersModule,
    TicketTypesModule,
    RoutingModule,
    CannedResponsesModule,
    CreditsModule,
    AttachmentsModule,
    CustomFieldsModule,
  ],
  // The export first: its path must win over GET :id.
  controllers: [TicketExportController, TicketsController, CannedRenderController, TicketEditsController],
  providers: [
    TicketsService,
    ReplyReachability,
    TicketWriter,
    TicketCannedReplies,
    AgentReplyFlow,
    TicketBulkService,
    TicketChatService,
    IdempotencyService,
    IdempotencyKeyStore,
    TicketStore,
    TicketListStore,
    IdempotencyInterceptor,
    FileReplyService,
    TicketErasureService,
    TicketErasureStore,
    TicketEditsService,
    TicketEditStore,
    TicketExportService,
  ],
  exports: [
    TicketsService,
    TicketBulkService,
    TicketChatService,
    TicketCannedReplies,
    TicketErasureService,
    TicketEditsService,
  ],
})
export class TicketsModule {}
