import type { TelegramUpdates } from './telegram-updates.js';

/** A Telegram user (Bot API User) writing in a group. */
export interface GroupUser {
  id: number;
  first_name: string;
  username?: string;
  is_bot?: boolean;
}

/**
 * Updates of a forum supergroup as the Bot API sends them: `chat` {type: "supergroup", is_forum: true},
 * messages of a topic with `message_thread_id` and `is_topic_message: true` (the General topic has
 * neither), `callback_query` from a button of a topic message, and `my_chat_member` when the bot's own
 * membership changes (status "member", "administrator", "left", "kicked").
 */
export class TelegramGroupUpdates {
  private messageId = 50_000;

  constructor(
    private readonly updates: TelegramUpdates,
    readonly title = 'Support team',
  ) {}

  chat(chatId: number, isForum = true): Record<string, unknown> {
    return { id: chatId, title: this.title, type: 'supergroup', ...(isForum ? { is_forum: true } : {}) };
  }

  private from(user: GroupUser) {
    return { is_bot: false, language_code: 'en', ...user };
  }

  /** `/start <payload>` or `/start@bot <payload>` in the group's General topic. */
  start(chatId: number, user: GroupUser, payload: string, options: { bot?: string; isForum?: boolean } = {}) {
    const command = options.bot ? `/start@${options.bot}` : '/start';
    return this.message(
      chatId,
      user,
      { text: `${command} ${payload}`, entities: [{ type: 'bot_command', offset: 0, length: command.length }] },
      undefined,
      options.isForum ?? true,
    );
  }

  /** A text in a topic (`threadId`) or, without one, in the General topic. */
  text(chatId: number, user: GroupUser, text: string, threadId?: number, extra: Record<string, unknown> = {}) {
    const command = /^\/[a-z_]+(@\w+)?/i.exec(text);
    const entities = command ? [{ type: 'bot_command', offset: 0, length: command[0].length }] : undefined;
    return this.message(chatId, user, { text, ...(entities ? { entities } : {}), ...extra }, threadId);
  }

  message(
    chatId: number,
    user: GroupUser,
    content: Record<string, unknown>,
    threadId?: number,
    isForum = true,
  ): Record<string, any> {
    return {
      update_id: this.updates.nextUpdateId(),
      message: {
        message_id: this.messageId++,
        date: Math.floor(Date.now() / 1000),
        chat: this.chat(chatId, isForum),
        from: this.from(user),
        ...(threadId === undefined ? {} : { message_thread_id: threadId, is_topic_message: true }),
        ...content,
      },
    };
  }

  /** A press on an inline button of the bot's message `messageId` in topic `threadId`. */
  callback(chatId: number, user: GroupUser, data: string, messageId: number, threadId: number) {
    return {
      update_id: this.updates.nextUpdateId(),
      callback_query: {
        id: String(this.updates.nextUpdateId()),
        from: this.from(user),
        chat_instance: `ci${chatId}`,
        data,
        message: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: this.chat(chatId),
          message_thread_id: threadId,
          is_topic_message: true,
          text: '…',
        },
      },
    };
  }

  /** The bot's membership changed: `left` (removed) or `kicked` (banned), or back to `member`/`administrator`. */
  myChatMember(chatId: number, by: GroupUser, from: string, to: string, botId: number) {
    const bot = { id: botId, is_bot: true, first_name: 'Bot', username: 'bot' };
    return {
      update_id: this.updates.nextUpdateId(),
      my_chat_member: {
        chat: this.chat(chatId),
        from: this.from(by),
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { status: from, user: bot },
        new_chat_member: { status: to, user: bot },
      },
    };
  }
}
