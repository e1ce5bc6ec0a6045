import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { MessengersModule } from '../messengers/messengers.module.js';
import { ProjectsModule } from '../projects/projects.module.js';
import { TeamModule } from '../team/team.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { TeamChatActionsService } from './team-chat-actions.service.js';
import { TeamChatBotService } from './team-chat-bot.service.js';
import { TeamChatLinksService } from './team-chat-links.service.js';
import { TeamChatMirrorService } from './team-chat-mirror.service.js';
import { TeamChatMirrorStore } from './team-chat-mirror.store.js';
import { TeamChatMirrorWorker } from './team-chat-mirror.worker.js';
import { TeamChatNotifyService } from './team-chat-notify.service.js';
import { TeamChatNotifyStore } from './team-chat-notify.store.js';
import { TeamChatTelegram } from './team-chat-telegram.js';
import { MemberTelegramController, TeamChatController } from './team-chat.controller.js';
import { TeamChatStore } from './team-chat.store.js';
import { TopicFiles } from './topic-files.js';

/**
 * The team chat in Telegram (docs/team-chat.md): the project's forum group with a topic per ticket, members'
 * own Telegram accounts, and the bot's side of both. Takes the group's updates from the Telegram bot through
 * TeamChatHandoff; mirrors tickets from the outbox stream.
 */
@Module({
  imports: [MessengersModule, TicketsModule, TeamModule, ProjectsModule, AttachmentsModule],
  controllers: [TeamChatController, MemberTelegramController],
  providers: [
    TeamChatStore,
    TeamChatMirrorStore,
    TeamChatTelegram,
    TeamChatLinksService,
    TeamChatActionsService,
    TeamChatBotService,
    TeamChatMirrorService,
    TeamChatMirrorWorker,
    TopicFiles,
    TeamChatNotifyStore,
    TeamChatNotifyService,
  ],
  exports: [TeamChatTelegram],
})
export class TeamChatModule {}
