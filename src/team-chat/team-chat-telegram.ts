import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TelegramError } from 'telegraf';
import type { Env } from '../config/env.js';
import type { ChatButton } from '../messengers/chat-transport.js';
import { TelegramBotService } from '../messengers/telegram/telegram-bot.service.js';

/** How a Bot API call to the group ended, for the mirror's retry rules. */
export type GroupCallFailure =
  | { kind: 'rate_limited'; waitMs: number; description: string }
  /** 403: the bot is no longer in the group. */
  | { kind: 'removed'; description: string }
  /** 400 about topics: the group has no topics, or the bot may not manage them. */
  | { kind: 'no_topic_rights'; description: string }
  | { kind: 'final'; description: string }
  | { kind: 'retry'; description: string };

/** A media file of a customer's message, re-sent by its Telegram file_id. */
export interface TopicFile {
  type: string;
  fileId: string;
}

const SEND_METHOD: Record<string, [string, string]> = {
  photo: ['sendPhoto', 'photo'],
  video: ['sendVideo', 'video'],
  animation: ['sendAnimation', 'animation'],
  voice: ['sendVoice', 'voice'],
  audio: ['sendAudio', 'audio'],
  sticker: ['sendSticker', 'sticker'],
  document: ['sendDocument', 'document'],
};

/**
 * The team group's side of the Bot API (core.telegram.org/bots/api, "forum topics"): createForumTopic,
 * editForumTopic, closeForumTopic, reopenForumTopic, messages into a topic (`message_thread_id`), private
 * messages to members, and callback answers. Plain text, no parse_mode. Through the one bot of the
 * installation and its overall send budget; a group's own limits are enforced by Telegram's 429.
 */
@Injectable()
export class TeamChatTelegram {
  constructor(
    private readonly bot: TelegramBotService,
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
  ) {}

  get enabled(): boolean {
    return this.bot.enabled;
  }

  /** The bot's @username (TELEGRAM_BOT_USERNAME): `/start@<it>` is addressed to this bot. */
  get username(): string {
    return this.config.get('TELEGRAM_BOT_USERNAME', { infer: true });
  }

  private async call<T>(method: string, payload: Record<string, unknown>): Promise<T> {
    if (!this.bot.bot) throw new Error('Telegram bot is not configured');
    await this.bot.limiter.acquire(null);
    return (await this.bot.bot.telegram.callApi(method as never, payload as never)) as T;
  }

  async createTopic(chatId: string, name: string): Promise<number> {
    const topic = await this.call<{ message_thread_id: number }>('createForumTopic', { chat_id: chatId, name });
    return topic.message_thread_id;
  }

  async renameTopic(chatId: string, threadId: number, name: string): Promise<void> {
    await this.call('editForumTopic', { chat_id: chatId, message_thread_id: threadId, name });
  }

  async closeTopic(chatId: string, threadId: number): Promise<void> {
    await this.ignoreNotModified(this.call('closeForumTopic', { chat_id: chatId, message_thread_id: threadId }));
  }

  async reopenTopic(chatId: string, threadId: number): Promise<void> {
    await this.ignoreNotModified(this.call('reopenForumTopic', { chat_id: chatId, message_thread_id: threadId }));
  }

  /** A text into a chat (a topic with `threadId`), with inline buttons; the message id. */
  async send(chatId: string, text: string, threadId?: number, buttons?: ChatButton[][]): Promise<number> {
    const sent = await this.call<{ message_id: number }>('sendMessage', {
      chat_id: chatId,
      text,
      ...(threadId === undefined ? {} : { message_thread_id: threadId }),
      link_preview_options: { is_disabled: true },
      ...(buttons?.length
        ? {
            reply_markup: {
              inline_keyboard: buttons.map((row) => row.map((b) => ({ text: b.text, callback_data: b.data }))),
            },
          }
        : {}),
    });
    return sent.message_id;
  }

  /** A customer's file into the topic by its file_id (Telegram keeps it; nothing is uploaded). */
  async sendFile(chatId: string, threadId: number, file: TopicFile, caption: string): Promise<void> {
    const [method, field] = SEND_METHOD[file.type] ?? SEND_METHOD.document;
    await this.call(method, {
      chat_id: chatId,
      message_thread_id: threadId,
      [field]: file.fileId,
      ...(caption && file.type !== 'sticker' ? { caption } : {}),
    });
  }

  async answerCallback(callbackId: string, text?: string): Promise<void> {
    await this.call('answerCallbackQuery', { callback_query_id: callbackId, ...(text ? { text } : {}) });
  }

  /** Telegram's answer as a retry rule (429 retry_after, 403 removed, topic rights, other 4xx final). */
  classify(error: unknown): GroupCallFailure {
    if (!(error instanceof TelegramError))
      return { kind: 'retry', description: this.bot.redact((error as Error)?.message ?? String(error)) };
    const description = `telegram ${error.code}: ${error.description}`;
    if (error.code === 429)
      return {
        kind: 'rate_limited',
        waitMs: Math.max(1, Number(error.parameters?.retry_after ?? 1)) * 1000,
        description,
      };
    if (error.code === 403) return { kind: 'removed', description };
    if (error.code === 400 && /not enough rights|not a forum|TOPICS?_|CHAT_ADMIN_REQUIRED/i.test(error.description))
      return { kind: 'no_topic_rights', description };
    if (error.code >= 400 && error.code < 500) return { kind: 'final', description };
    return { kind: 'retry', description };
  }

  /** Closing a closed topic (someone did it by hand) is not a failure. */
  private async ignoreNotModified(call: Promise<unknown>): Promise<void> {
    try {
      await call;
    } catch (error) {
      if (error instanceof TelegramError && /TOPIC_NOT_MODIFIED/.test(error.description)) return;
      throw error;
    }
  }
}
