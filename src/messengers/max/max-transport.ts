import type { Readable } from 'node:stream';
import type { Api } from '@maxhub/max-bot-api';
import type { OutboundFile } from '../../attachments/attachment-kinds.js';
import type { ChatTransport, OutgoingChatMessage } from '../chat-transport.js';
import type { OutboundLimits } from '../outbound-parts.js';
import type { SendRateLimiter } from '../send-rate-limiter.js';

type AnswerOnCallbackExtra = Parameters<Api['answerOnCallback']>[1];
type SendExtra = NonNullable<Parameters<Api['sendMessageToUser']>[2]>;
type AttachmentRequest = NonNullable<SendExtra['attachments']>[number];

/** Max's limits: 4000 characters a message; files travel as attachments of one message with the text. */
export const MAX_LIMITS: OutboundLimits = { text: 4000, caption: 4000, album: 10 };

/** Opens the stored bytes of an attachment. */
export type OpenAttachment = (attachmentId: string) => Readable;

/**
 * The conversation service's view of Max: plain text, inline_keyboard attachments with callback buttons, and
 * files uploaded through POST /uploads. The upload URL comes from the library; the bytes are POSTed here as
 * multipart `data` with the file's own name (the library names a buffer upload with a random UUID, which
 * the customer would see).
 */
export class MaxTransport implements ChatTransport {
  readonly channel = 'max' as const;

  constructor(
    private readonly api: Api,
    private readonly limiter: SendRateLimiter,
    private readonly openAttachment?: OpenAttachment,
  ) {}

  async send(chatId: string, message: OutgoingChatMessage): Promise<string> {
    await this.limiter.acquire(null);
    return (await this.sendParts(chatId, message))[0];
  }

  /**
   * POST /messages?user_id=…, files uploaded first; returns the message's mid. For callers that reserved a send slot
   * themselves.
   */
  async sendParts(chatId: string, message: OutgoingChatMessage): Promise<string[]> {
    const attachments: AttachmentRequest[] = [];
    for (const file of message.files ?? []) attachments.push(await this.upload(file));
    if (message.buttons?.length) {
      attachments.push({
        type: 'inline_keyboard',
        payload: {
          buttons: message.buttons.map((row) =>
            row.map((button) => ({ type: 'callback' as const, text: button.text, payload: button.data })),
          ),
        },
      });
    }
    const sent = await this.api.sendMessageToUser(Number(chatId), message.text, {
      ...(attachments.length ? { attachments } : {}),
      disable_link_preview: true,
    });
    return [sent.body.mid];
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

  private async upload(file: OutboundFile): Promise<AttachmentRequest> {
    if (!this.openAttachment) throw new Error('this transport cannot send files');
    const type = file.type === 'photo' ? 'image' : 'file';
    const target = (await this.api.raw.uploads.getUploadUrl({ type })) as { url: string; token?: string };
    const chunks: Buffer[] = [];
    for await (const chunk of this.openAttachment(file.attachmentId)) chunks.push(Buffer.from(chunk as Uint8Array));
    const form = new FormData();
    form.append('data', new Blob([Buffer.concat(chunks)], { type: file.mimeType }), file.fileName);
    const response = await fetch(target.url, { method: 'POST', body: form });
    if (!response.ok) throw new Error(`uploading the file to Max answered ${response.status}`);
    const answer = (await response.json().catch(() => ({}))) as {
      token?: string;
      photos?: Record<string, { token: string }>;
    };
    if (type === 'image')
      return {
        type: 'image',
        payload: answer.photos ? { photos: answer.photos } : { token: answer.token ?? target.token },
      } as AttachmentRequest;
    return { type: 'file', payload: { token: answer.token ?? target.token } };
  }
}
