import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { CsatModule } from '../csat/csat.module.js';
import { ProjectsModule } from '../projects/projects.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SubscribersModule } from '../subscribers/subscribers.module.js';
import { TicketTypesModule } from '../ticket-types/ticket-types.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { ConversationService } from './conversation.service.js';
import { CustomerMessagesService } from './customer-messages.service.js';
import { MessengerChatsService } from './messenger-chats.service.js';
import { ProcessedUpdatesService } from './processed-updates.service.js';
import { TelegramBotService } from './telegram/telegram-bot.service.js';
import { TelegramDeliveryService } from './telegram/telegram-delivery.service.js';
import { TelegramDeliveryWorker } from './telegram/telegram-delivery.worker.js';
import { TelegramWebhookController } from './telegram/telegram-webhook.controller.js';

/** The messenger side of the helpdesk: the channel-neutral dialogue and the Telegram bot and sender. */
@Module({
  imports: [ProjectsModule, SettingsModule, RequestsModule, SubscribersModule, TicketsModule, TicketTypesModule, CsatModule, AttachmentsModule],
  controllers: [TelegramWebhookController],
  providers: [ConversationService, CustomerMessagesService, MessengerChatsService, ProcessedUpdatesService, TelegramBotService, TelegramDeliveryService, TelegramDeliveryWorker],
  exports: [TelegramBotService, TelegramDeliveryWorker],
})
export class MessengersModule {}
