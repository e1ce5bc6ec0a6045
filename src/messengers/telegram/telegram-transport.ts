import type { Readable } from 'node:stream';
import type { Telegram } from 'telegraf';
import type { OutboundFile } from '../../attachments/attachment-kinds.js';
import type { ChatTransport, OutgoingChatMessage } from '../chat-transport.js';
import type { SendRateLimiter } from '../send-rate-limiter.js';

/** Opens the stored bytes of an attachment as a stream (read chunk by chunk while Telegraf uploads it). */
export type OpenAttachment = (attachmentId: string) => Readable;

/** The conversation service's view of Telegram: plain text (no parse_mode, nothing to escape) and inline buttons. */
export class TelegramTransport implements ChatTransport {
  readonly channel = 'telegram' as const;

  /** `limiter`: the bot's direct answers count toward the overall 30 messages per second. */
  constructor(
    private readonly telegram: Telegram,
    private readonly limiter?: SendRateLimiter,
    private readonly openAttachment?: OpenAttachment,
  ) {}

  async send(chatId: string, message: OutgoingChatMessage): Promise<string> {
    await this.limiter?.acquire(null);
    return this.sendNow(chatId, message);
  }

  /** Sends without waiting for the limiter: for callers that reserved a slot themselves. */
  async sendNow(chatId: string, message: OutgoingChatMessage): Promise<string> {
    return (await this.sendParts(chatId, message))[0];
  }

  /**
   * Sends one message and returns every message id Telegram created (an album is one message per file):
   * files go with sendPhoto/sendDocument, several with sendMediaGroup, the text as their caption.
   */
  async sendParts(chatId: string, message: OutgoingChatMessage): Promise<string[]> {
    if (message.files?.length) return this.sendFiles(chatId, message.files, message.text);
    const sent = await this.telegram.sendMessage(chatId, message.text, {
      link_preview_options: { is_disabled: true },
      ...(message.buttons?.length
        ? {
            reply_markup: {
              inline_keyboard: message.buttons.map((row) => row.map((b) => ({ text: b.text, callback_data: b.data }))),
            },
          }
        : {}),
    });
    return [String(sent.message_id)];
  }

  private async sendFiles(chatId: string, files: OutboundFile[], caption: string): Promise<string[]> {
    if (!this.openAttachment) throw new Error('this transport cannot send files');
    const input = (file: OutboundFile) => ({
      source: this.openAttachment!(file.attachmentId),
      filename: file.fileName,
    });
    const extra = caption ? { caption } : {};
    if (files.length === 1) {
      const [file] = files;
      const sent =
        file.type === 'photo'
          ? await this.telegram.sendPhoto(chatId, input(file), extra)
          : await this.telegram.sendDocument(chatId, input(file), extra);
      return [String(sent.message_id)];
    }
    const media = files.map((file, index) => ({ type: file.type, media: input(file), ...(index === 0 ? extra : {}) }));
    const sent = await this.telegram.sendMediaGroup(chatId, media as Parameters<Telegram['sendMediaGroup']>[1]);
    return sent.map((item) => String(item.message_id));
  }

  async removeButtons(chatId: string, messageId: string): Promise<void> {
    await this.telegram.editMessageReplyMarkup(chatId, Number(messageId), undefined, { inline_keyboard: [] });
  }

  async answerCallback(callbackId: string, text?: string): Promise<void> {
    await this.telegram.answerCbQuery(callbackId, text);
  }
}
