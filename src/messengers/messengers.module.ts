import { Module } from '@nestjs/common';
import { CreditsModule } from '../credits/credits.module.js';
import { JsonLane } from '../common/http/json-lane.js';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { CsatModule } from '../csat/csat.module.js';
import { ProjectsModule } from '../projects/projects.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SubscribersModule } from '../subscribers/subscribers.module.js';
import { TicketTypesModule } from '../ticket-types/ticket-types.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { ChatTurnService } from './chat-turn.service.js';
import { ConversationService } from './conversation.service.js';
import { MyTicketsDialogue } from './my-tickets.dialogue.js';
import { RequestConsentDialogue } from './request-consent.dialogue.js';
import { CustomerMessagesService } from './customer-messages.service.js';
import { MessengerChatStore } from './messenger-chat.store.js';
import { ChatErasureService } from './chat-erasure.service.js';
import { ChatErasureStore } from './chat-erasure.store.js';
import { OutboundPartStore } from './outbound-part.store.js';
import { ProcessedUpdateStore } from './processed-update.store.js';
import { ProcessedUpdatesService } from './processed-updates.service.js';
import { MaxBotService } from './max/max-bot.service.js';
import { MaxDeliveryWorker } from './max/max-delivery.worker.js';
import { MaxWebhookController } from './max/max-webhook.controller.js';
import { TeamChatHandoff } from './telegram/team-chat-handoff.js';
import { TelegramBotService } from './telegram/telegram-bot.service.js';
import { MessengerDeliveryService } from './messenger-delivery.service.js';
import { TelegramDeliveryWorker } from './telegram/telegram-delivery.worker.js';
import { TelegramWebhookController } from './telegram/telegram-webhook.controller.js';

/** The messenger side of the helpdesk: the channel-neutral dialogue and delivery, and the Telegram and Max adapters. */
@Module({
  imports: [
    ProjectsModule,
    SettingsModule,
    RequestsModule,
    SubscribersModule,
    TicketsModule,
    TicketTypesModule,
    CsatModule,
    AttachmentsModule,
    CreditsModule,
  ],
  controllers: [TelegramWebhookController, MaxWebhookController],
  providers: [
    JsonLane,
    ConversationService,
    ChatTurnService,
    RequestConsentDialogue,
    MyTicketsDialogue,
    CustomerMessagesService,
    MessengerChatStore,
    ChatErasureService,
    ChatErasureStore,
    ProcessedUpdateStore,
    ProcessedUpdatesService,
    OutboundPartStore,
    MessengerDeliveryService,
    TelegramBotService,
    TeamChatHandoff,
    TelegramDeliveryWorker,
    MaxBotService,
    MaxDeliveryWorker,
  ],
  exports: [
    TelegramBotService,
    TelegramDeliveryWorker,
    MaxBotService,
    MaxDeliveryWorker,
    ChatErasureService,
    TeamChatHandoff,
  ],
})
export class MessengersModule {}
