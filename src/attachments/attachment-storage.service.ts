import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { Sql } from '../common/database/sql.js';
import { isUuid } from '../common/ids.js';
import type { Attachment } from './attachment.entity.js';
import { AttachmentStore } from './attachment.store.js';
import {
  type AttachmentType,
  type InboundAttachment,
  inboundMimeType,
  MAX_FILE_BYTES,
  type MessageAttachment,
  storedFileName,
} from './attachment-kinds.js';
import {
  AttachmentFetchFailed,
  AttachmentNotFound,
  AttachmentUnavailable,
  FileTooLarge,
} from './attachments.errors.js';
import { MessengerFileSources, RemoteFileRefused } from './messenger-file-sources.js';

export const CHUNK_BYTES = 256 * 1024;
// Uploads that never became part of a message (the process died mid-request) are removed after this.
const ABANDONED_UPLOAD_MINUTES = 60;
const FETCH_TIMEOUT_MS = 60_000;
const FETCH_WAIT_POLL_MS = 200;

/** An upload stored while the request streamed in. */
export interface StoredUpload {
  id: string;
  type: AttachmentType;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

export function toMessageAttachment(
  row: Pick<Attachment, 'id' | 'type' | 'fileName' | 'mimeType' | 'size' | 'error'>,
): MessageAttachment {
  return {
    id: row.id,
    type: row.type,
    file_name: row.fileName,
    mime_type: row.mimeType,
    size: row.size,
    error: row.error,
  };
}

/** Message metadata for customer files about to be stored; ids are chosen here so the message can list them. */
export function describeInbound(
  files: InboundAttachment[],
  maxBytes = MAX_FILE_BYTES,
): Array<MessageAttachment & { fileRef: string }> {
  return files.map((file) => ({
    id: randomUUID(),
    type: file.type,
    // The messenger's name and type are the customer's input: stored only in a form a header can carry.
    file_name: storedFileName(file.fileName),
    mime_type: inboundMimeType(file.mimeType),
    size: file.size,
    fileRef: file.fileRef,
    // Known at once from the size the messenger reports: no bot can download it.
    error:
      file.size !== null && file.size > maxBytes
        ? `the file is ${file.size} bytes; the messenger lets bots download files up to 20 MB`
        : null,
  }));
}

/**
 * Files of ticket messages in PostgreSQL: streamed in and out in 256 KiB chunks, customer files fetched
 * from their messenger once on first download. Every read is scoped by project and ticket.
 */
@Injectable()
export class AttachmentStorageService {
  private readonly logger = new Logger('Attachments');

  constructor(
    private readonly store: AttachmentStore,
    private readonly sources: MessengerFileSources,
  ) {}

  /**
   * Writes a stream as the bytes of `attachmentId` (chunk by chunk, each its own statement); over `maxBytes` →
   * FileTooLarge.
   */
  async writeBytes(
    attachmentId: string,
    source: AsyncIterable<Uint8Array>,
    fileName: string,
    maxBytes = MAX_FILE_BYTES,
  ): Promise<{ size: number; sha256: string }> {
    const hash = createHash('sha256');
    let size = 0;
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      const data = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      await this.store.insertChunk(attachmentId, seq++, data);
    };
    for await (const piece of source) {
      const buffer = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
      size += buffer.length;
      if (size > maxBytes) throw new FileTooLarge(fileName);
      hash.update(buffer);
      pending.push(buffer);
      pendingBytes += buffer.length;
      if (pendingBytes >= CHUNK_BYTES) await flush();
    }
    await flush();
    return { size, sha256: hash.digest('hex') };
  }

  /** The stored bytes as a stream that reads one chunk per pull (bounded memory whatever the size). */
  openStream(attachmentId: string): Readable {
    let seq = 0;
    const store = this.store;
    return new Readable({
      async read() {
        try {
          this.push(await store.readChunk(attachmentId, seq++));
        } catch (error) {
          this.destroy(error as Error);
        }
      },
    });
  }

  /** A new upload row (no message yet) for a ticket of the project. */
  async createUpload(
    project: AuthenticatedProject,
    ticketId: string,
    file: { type: AttachmentType; fileName: string; mimeType: string },
  ): Promise<string> {
    const id = randomUUID();
    await this.store.insertUpload(id, project.id, ticketId, file);
    return id;
  }

  async completeUpload(id: string, stored: { size: number; sha256: string }): Promise<void> {
    await this.store.markUploadStored(id, stored);
  }

  /** Removes uploads that did not become part of a message (a failed or replayed reply), and abandoned ones. */
  async discardUnclaimed(ids: string[]): Promise<void> {
    await this.store.deleteUnclaimed(ids, ABANDONED_UPLOAD_MINUTES);
  }

  /** Attaches stored uploads to the message being written, in its transaction. */
  async claimUploads(projectId: string, sql: Sql, ticketId: string, messageId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const affected = await this.store.claimUploads(sql, { projectId, ticketId, messageId }, ids);
    if (affected !== ids.length)
      throw new Error(`only ${affected} of ${ids.length} uploads could be attached to the message`);
  }

  /** Records a customer's files (bytes still with the messenger) for a message, in its transaction. */
  async recordInbound(
    projectId: string,
    sql: Sql,
    target: { ticketId: string; messageId: string; channel: string },
    files: Array<MessageAttachment & { fileRef: string }>,
  ): Promise<void> {
    for (const file of files) {
      await this.store.insertInbound(sql, {
        id: file.id,
        projectId,
        ticketId: target.ticketId,
        messageId: target.messageId,
        type: file.type,
        fileName: file.file_name,
        mimeType: file.mime_type,
        size: file.size,
        channel: target.channel,
        fileRef: file.fileRef,
        error: file.error,
      });
    }
  }

  /** Erasure of a customer: their messages' files lose bytes, names and messenger references, in `sql`. */
  async eraseOfMessages(projectId: string, sql: Sql, messageIds: string[]): Promise<void> {
    if (messageIds.length > 0) await this.store.eraseOfMessages(sql, projectId, messageIds);
  }

  /** The attachment of a message of the project's ticket; anything else is the same 404. */
  async find(project: AuthenticatedProject, ticketId: string, attachmentId: string): Promise<Attachment> {
    if (!isUuid(ticketId) || !isUuid(attachmentId)) throw new AttachmentNotFound();
    const attachment = await this.store.findOfTicket(project.id, ticketId, attachmentId);
    if (!attachment) throw new AttachmentNotFound();
    return attachment;
  }

  /**
   * Makes sure the bytes are in PostgreSQL: a customer's file is fetched from its messenger the first
   * time. One process fetches (a lease on the row); a concurrent first download waits for it.
   */
  async ensureStored(attachment: Attachment): Promise<Attachment> {
    const deadline = Date.now() + FETCH_TIMEOUT_MS * 2;
    let current = attachment;
    for (;;) {
      if (current.storedAt) return current;
      if (current.error) throw new AttachmentUnavailable(current.error);
      if (!current.channel || !current.fileRef) throw new AttachmentUnavailable('the file was never stored');
      if (await this.store.takeFetchLease(current.id, FETCH_TIMEOUT_MS / 1000 + 5)) return this.fetchAndStore(current);
      if (Date.now() > deadline) throw new AttachmentFetchFailed('another download of this file is still running');
      await new Promise((resolve) => setTimeout(resolve, FETCH_WAIT_POLL_MS));
      current = await this.store.findById(current.id);
    }
  }

  private async fetchAndStore(attachment: Attachment): Promise<Attachment> {
    const source = this.sources.get(attachment.channel!);
    if (!source) {
      await this.releaseLease(attachment.id);
      throw new AttachmentFetchFailed(`no ${attachment.channel} bot is configured on this server`);
    }
    // A previous fetch that died half way may have left chunks.
    await this.store.deleteChunks(attachment.id);
    const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
    try {
      const remote = await source.fetch(attachment.fileRef!, signal);
      if (remote.size !== null && remote.size > MAX_FILE_BYTES)
        throw new RemoteFileRefused(
          `the file is ${remote.size} bytes; the messenger lets bots download files up to 20 MB`,
        );
      const stored = await this.writeBytes(attachment.id, remote.body, attachment.fileName ?? attachment.id);
      await this.store.markFetched(attachment.id, stored);
      if (attachment.size !== stored.size) await this.patchMessage(attachment, { size: stored.size });
      return Object.assign(attachment, { size: stored.size, sha256: stored.sha256, storedAt: new Date() });
    } catch (error) {
      await this.store.deleteChunks(attachment.id);
      if (error instanceof RemoteFileRefused || error instanceof FileTooLarge) {
        const reason = error instanceof FileTooLarge ? 'the file is larger than 20 MB' : error.message;
        await this.store.markUnavailable(attachment.id, reason);
        await this.patchMessage(attachment, { error: reason });
        throw new AttachmentUnavailable(reason);
      }
      await this.releaseLease(attachment.id);
      this.logger.warn({
        msg: 'fetching a customer file failed',
        attachment_id: attachment.id,
        error: (error as Error).message,
      });
      throw new AttachmentFetchFailed(signal.aborted ? 'timed out' : 'the messenger did not answer');
    }
  }

  private async releaseLease(id: string): Promise<void> {
    await this.store.releaseFetchLease(id);
  }

  /** Keeps the message's copy of the metadata (what the API shows) in step with what the download learned. */
  private async patchMessage(
    attachment: Attachment,
    patch: Partial<Pick<MessageAttachment, 'size' | 'error'>>,
  ): Promise<void> {
    if (!attachment.messageId) return;
    await this.store.patchMessageAttachment(attachment.messageId, attachment.id, patch);
  }
}
