import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AttachmentStorageService, type StoredUpload } from '../attachments/attachment-storage.service.js';
import { parseMultipartReply } from '../attachments/multipart-reply.parser.js';
import { type Actor, attributedMemberId } from '../common/auth/actor.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { BadRequest, Unprocessable } from '../common/errors/app-error.js';
import { isUuid } from '../common/ids.js';
import { MetricsService } from '../metrics/metrics.service.js';
import type { TicketReplyResponse } from './dto/ticket-response.dto.js';
import type { IdempotentCall } from './idempotent.interceptor.js';
import { MESSAGE_TEXT_MAX_LENGTH } from './ticket-enums.js';
import { TicketsService } from './tickets.service.js';

/**
 * `POST /v1/helpdesk/tickets/{id}/reply` as multipart/form-data: the files are streamed into storage,
 * then the reply is written like a JSON one (same rules, outbox, webhooks, idempotency) with the files
 * attached in its transaction. Uploads of a reply that fails or is a replay are deleted.
 */
@Injectable()
export class FileReplyService {
  constructor(
    private readonly tickets: TicketsService,
    private readonly storage: AttachmentStorageService,
    private readonly metrics: MetricsService,
  ) {}

  async reply(
    project: AuthenticatedProject,
    actor: Actor,
    ticketId: string,
    req: Request,
    idempotency: IdempotentCall,
  ): Promise<TicketReplyResponse> {
    // A foreign or unknown ticket is a 404 before a byte is stored.
    await this.tickets.getTicket(project, ticketId);
    this.metrics.uploadsInProgress.inc();
    const { fields, uploads } = await parseMultipartReply(req, project, ticketId, this.storage).finally(() =>
      this.metrics.uploadsInProgress.dec(),
    );
    try {
      const input = this.validate(fields, uploads);
      const requestBody = {
        ...input,
        files: uploads.map((upload) => ({
          file_name: upload.fileName,
          mime_type: upload.mimeType,
          size: upload.size,
          sha256: upload.sha256,
        })),
      };
      return await idempotency.run(requestBody, async (claim) => ({
        message: await this.tickets.reply(
          project,
          ticketId,
          {
            ...input,
            // A session's reply is its member's, whatever member_id the form names.
            member_id: attributedMemberId(actor, input.member_id),
            attachments: uploads.map((upload) => ({
              id: upload.id,
              type: upload.type,
              file_name: upload.fileName,
              mime_type: upload.mimeType,
              size: upload.size,
              error: null,
            })),
          },
          {
            source: 'api',
            idempotency: claim,
            withMessage: (sql, message) =>
              this.storage.claimUploads(
                project.id,
                sql,
                message.ticketId,
                message.id,
                uploads.map((upload) => upload.id),
              ),
          },
        ),
      }));
    } finally {
      // Claimed uploads belong to the message now; this removes only the ones that did not make it.
      await this.storage.discardUnclaimed(uploads.map((upload) => upload.id));
    }
  }

  /** The form fields with the same meaning and checks as the JSON body's. */
  private validate(
    fields: { text?: string; internal?: string; member_id?: string; after_message_id?: string },
    uploads: StoredUpload[],
  ): { text?: string; internal?: boolean; member_id?: string; after_message_id?: string } {
    const input: { text?: string; internal?: boolean; member_id?: string; after_message_id?: string } = {};
    if (fields.text !== undefined && (fields.text.trim() !== '' || uploads.length === 0)) {
      if (fields.text.trim() === '') throw new Unprocessable('text must not be empty', 'validation_failed');
      if (fields.text.length > MESSAGE_TEXT_MAX_LENGTH)
        throw new Unprocessable(
          `text must be shorter than or equal to ${MESSAGE_TEXT_MAX_LENGTH} characters`,
          'validation_failed',
        );
      input.text = fields.text;
    }
    if (input.text === undefined && uploads.length === 0)
      throw new BadRequest(
        'a multipart reply needs a text field or at least one part named "files"',
        'validation_failed',
      );
    if (fields.internal !== undefined) {
      if (fields.internal !== 'true' && fields.internal !== 'false')
        throw new BadRequest('internal must be true or false', 'validation_failed');
      input.internal = fields.internal === 'true';
    }
    if (fields.member_id !== undefined) {
      if (!isUuid(fields.member_id)) throw new BadRequest('member_id must be a UUID', 'validation_failed');
      input.member_id = fields.member_id;
    }
    if (fields.after_message_id !== undefined) {
      if (!isUuid(fields.after_message_id))
        throw new BadRequest('after_message_id must be a UUID', 'validation_failed');
      input.after_message_id = fields.after_message_id;
    }
    return input;
  }
}
