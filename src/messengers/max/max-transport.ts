import type { Api } from '@maxhub/max-bot-api';

type AnswerOnCallbackExtra = Parameters<Api['answerOnCallback']>[1];
import type { ChatTransport, OutgoingChatMessage } from '../chat-transport.js';
import type { SendRateLimiter } from '../send-rate-limiter.js';

/** The conversation service's view of Max: plain text and inline_keyboard attachments with callback buttons. */
export class MaxTransport implements ChatTransport {
  readonly channel = 'max' as const;

  constructor(
    private readonly api: Api,
    private readonly limiter: SendRateLimiter,
  ) {}

  async send(chatId: string, message: OutgoingChatMessage): Promise<string> {
    await this.limiter.acquire(null);
    return this.sendNow(chatId, message);
  }

  /** POST /messages?user_id=…; returns the message's mid. For callers that reserved a send slot themselves. */
  async sendNow(chatId: string, message: OutgoingChatMessage): Promise<string> {
    const keyboard = message.buttons?.length
      ? [{ type: 'inline_keyboard' as const, payload: { buttons: message.buttons.map((row) => row.map((button) => ({ type: 'callback' as const, text: button.text, payload: button.data }))) } }]
      : undefined;
    const sent = await this.api.sendMessageToUser(Number(chatId), message.text, { ...(keyboard ? { attachments: keyboard } : {}), disable_link_preview: true });
    return sent.body.mid;
  }

  /** PUT /messages with an empty attachment list: the keyboard goes, the text stays. */
  async removeButtons(_chatId: string, messageId: string): Promise<void> {
    await this.api.editMessage(messageId, { attachments: [] });
  }

  /**
   * POST /answers: takes the loading state off the pressed button. The docs' `notification` field is missing
   * from the library's typings (0.3.1) but passed through in the body.
   */
  async answerCallback(callbackId: string, text?: string): Promise<void> {
    await this.api.answerOnCallback(callbackId, { notification: text ?? '✓' } as AnswerOnCallbackExtra);
  }
}
