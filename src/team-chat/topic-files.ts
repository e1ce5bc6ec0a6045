import { Injectable } from '@nestjs/common';
import { isSendableMimeType, outboundTypeOf, safeFileName } from '../attachments/attachment-kinds.js';
import { AttachmentStorageService } from '../attachments/attachment-storage.service.js';
import { MessengerFileSources } from '../attachments/messenger-file-sources.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { IncomingAttachment } from '../messengers/chat-transport.js';
import { attachmentsOf } from '../messengers/telegram/telegram-updates.js';
import type { TelegramMessage } from '../messengers/telegram/telegram-update.schema.js';
import type { TopicAttachments } from './team-chat-actions.service.js';

const FETCH_TIMEOUT_MS = 60_000;

/**
 * The files of a member's topic message, made into a reply's attachments like a console upload: the bytes
 * are fetched from Telegram and stored first (so the customer's delivery sends stored bytes, as for any
 * agent file), then claimed by the reply's message in its transaction.
 */
@Injectable()
export class TopicFiles {
  constructor(
    private readonly storage: AttachmentStorageService,
    private readonly sources: MessengerFileSources,
  ) {}

  of(message: TelegramMessage): IncomingAttachment[] {
    return attachmentsOf(message);
  }

  /** Stores the files for the ticket; those the customer's messenger cannot take are refused (thrown). */
  async store(project: AuthenticatedProject, ticketId: string, files: IncomingAttachment[]): Promise<TopicAttachments> {
    const source = this.sources.get('telegram');
    if (!source) throw new Error('no Telegram file source');
    const stored: TopicAttachments['attachments'] = [];
    for (const file of files) {
      const mimeType = file.mimeType && isSendableMimeType(file.mimeType) ? file.mimeType : 'application/octet-stream';
      const fileName = safeFileName(file.fileName, file.type === 'photo' ? 'photo.jpg' : 'file');
      const id = await this.storage.createUpload(project, ticketId, { type: 'document', fileName, mimeType });
      const remote = await source.fetch(file.fileRef, AbortSignal.timeout(FETCH_TIMEOUT_MS));
      const result = await this.storage.writeBytes(id, remote.body, fileName);
      await this.storage.completeUpload(id, result);
      stored.push({
        id,
        type: outboundTypeOf(mimeType, result.size),
        file_name: fileName,
        mime_type: mimeType,
        size: result.size,
        error: null,
      });
    }
    return {
      attachments: stored,
      record: (sql, message) =>
        this.storage.claimUploads(
          project.id,
          sql,
          message.ticketId,
          message.messageId,
          stored.map((file) => file.id),
        ),
    };
  }
}
