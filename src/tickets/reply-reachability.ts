import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { MessengerChannel } from '../common/channels.js';
import type { Env } from '../config/env.js';
import { ChatNotSubscribed } from '../subscribers/subscribers.errors.js';
import type { Ticket } from './ticket.entity.js';
import { ChannelNotConfigured } from './tickets.errors.js';

/**
 * Whether a public reply on a messenger ticket can reach its chat at all, checked before anything is stored
 * or charged: this server has a bot for the ticket's messenger (else 409 channel_not_configured: the reply
 * would wait in the outbox for ever), and the chat is the project's customer (a ticket the API opened before
 * chats had to contact a project first → 422 chat_not_subscribed).
 */
@Injectable()
export class ReplyReachability {
  private readonly botConfigured: Record<MessengerChannel, boolean>;

  constructor(config: ConfigService<Env, true>) {
    // A messenger's bot exists exactly when its token is set (TelegramBotService, MaxBotService).
    this.botConfigured = {
      telegram: Boolean(config.get('TELEGRAM_BOT_TOKEN', { infer: true })),
      max: Boolean(config.get('MAX_BOT_TOKEN', { infer: true })),
    };
  }

  /**
   * True when a public reply on `ticket` (as TicketWriter.load returns it, with its customer) goes to a
   * chat, false for a virtual ticket; throws when it could never get there.
   */
  reachesChat(ticket: Ticket): boolean {
    if (ticket.channel === 'virtual') return false;
    if (!this.botConfigured[ticket.channel]) throw new ChannelNotConfigured(ticket.channel);
    if (ticket.subscriber?.contactedAt == null) throw new ChatNotSubscribed();
    return true;
  }
}
