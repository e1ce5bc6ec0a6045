import type { Telegram } from 'telegraf';
import type { ChatTransport, OutgoingChatMessage } from '../chat-transport.js';
import type { SendRateLimiter } from '../send-rate-limiter.js';

/** The conversation service's view of Telegram: plain text (no parse_mode, nothing to escape) and inline buttons. */
export class TelegramTransport implements ChatTransport {
  readonly channel = 'telegram' as const;

  /** `limiter`: the bot's direct answers count toward the overall 30 messages per second. */
  constructor(
    private readonly telegram: Telegram,
    private readonly limiter?: SendRateLimiter,
  ) {}

  async send(chatId: string, message: OutgoingChatMessage): Promise<string> {
    await this.limiter?.acquire(null);
    return this.sendNow(chatId, message);
  }

  /** Sends without waiting for the limiter: for callers that reserved a slot themselves. */
  async sendNow(chatId: string, message: OutgoingChatMessage): Promise<string> {
    const sent = await this.telegram.sendMessage(chatId, message.text, {
      link_preview_options: { is_disabled: true },
      ...(message.buttons?.length ? { reply_markup: { inline_keyboard: message.buttons.map((row) => row.map((b) => ({ text: b.text, callback_data: b.data }))) } } : {}),
    });
    return String(sent.message_id);
  }

  async removeButtons(chatId: string, messageId: string): Promise<void> {
    await this.telegram.editMessageReplyMarkup(chatId, Number(messageId), undefined, { inline_keyboard: [] });
  }

  async answerCallback(callbackId: string, text?: string): Promise<void> {
    await this.telegram.answerCbQuery(callbackId, text);
  }
}
