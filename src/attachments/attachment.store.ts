import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Sql, writeThrough } from '../common/database/sql.js';
import { Attachment } from './attachment.entity.js';
import type { AttachmentType, MessageAttachment } from './attachment-kinds.js';

/** A customer's file (bytes still with the messenger) of a stored message. */
export interface InboundAttachmentRow {
  id: string;
  projectId: string;
  ticketId: string;
  messageId: string;
  type: AttachmentType;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  channel: string;
  fileRef: string;
  error: string | null;
}

/** The attachment rows and their bytes (attachment_chunk), and the attachment list a ticket message carries. */
@Injectable()
export class AttachmentStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Erasure: the files of these messages lose their bytes, names and messenger references for good (a
   * download answers that the file is unavailable).
   */
  async eraseOfMessages(sql: Sql, projectId: string, messageIds: string[]): Promise<void> {
    await sql.query(
      `DELETE FROM attachment_chunk WHERE attachment_id IN
         (SELECT id FROM attachment WHERE project_id = $1 AND message_id = ANY($2::uuid[]))`,
      [projectId, messageIds],
    );
    await sql.query(
      `UPDATE attachment SET file_name = NULL, file_ref = NULL, sha256 = NULL, stored_at = NULL,
              fetch_lease_until = NULL, error = 'erased'
        WHERE project_id = $1 AND message_id = ANY($2::uuid[])`,
      [projectId, messageIds],
    );
  }

  async insertChunk(attachmentId: string, seq: number, data: Buffer): Promise<void> {
    await this.dataSource.query('INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES ($1, $2, $3)', [
      attachmentId,
      seq,
      data,
    ]);
  }

  /** The bytes of chunk `seq`; null past the last one. */
  async readChunk(attachmentId: string, seq: number): Promise<Buffer | null> {
    const rows: Array<{ data: Buffer }> = await this.dataSource.query(
      'SELECT data FROM attachment_chunk WHERE attachment_id = $1 AND seq = $2',
      [attachmentId, seq],
    );
    return rows.length === 0 ? null : rows[0].data;
  }

  async deleteChunks(attachmentId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM attachment_chunk WHERE attachment_id = $1', [attachmentId]);
  }

  /** A new upload row (no message yet). */
  async insertUpload(
    id: string,
    projectId: string,
    ticketId: string,
    file: { type: AttachmentType; fileName: string; mimeType: string },
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO attachment (id, project_id, ticket_id, message_id, type, file_name, mime_type)
         VALUES ($1, $2, $3, NULL, $4, $5, $6)`,
      [id, projectId, ticketId, file.type, file.fileName, file.mimeType],
    );
  }

  async markUploadStored(id: string, stored: { size: number; sha256: string }): Promise<void> {
    await this.dataSource.query('UPDATE attachment SET size = $2, sha256 = $3, stored_at = now() WHERE id = $1', [
      id,
      stored.size,
      stored.sha256,
    ]);
  }

  /** Deletes the uploads `ids` that are part of no message, and any upload older than `abandonedMinutes`. */
  async deleteUnclaimed(ids: string[], abandonedMinutes: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM attachment WHERE message_id IS NULL AND (id = ANY($1::uuid[])
         OR created_at < now() - make_interval(mins => $2))`,
      [ids, abandonedMinutes],
    );
  }

  /** Attaches stored uploads of the ticket to a message; how many were attached. */
  async claimUploads(
    sql: Sql,
    target: { projectId: string; ticketId: string; messageId: string },
    ids: string[],
  ): Promise<number> {
    const rows = await sql.query(
      `UPDATE attachment SET message_id = $1
        WHERE id = ANY($2::uuid[]) AND project_id = $4 AND ticket_id = $3 AND message_id IS NULL
          AND stored_at IS NOT NULL
        RETURNING id`,
      [target.messageId, ids, target.ticketId, target.projectId],
    );
    return rows.length;
  }

  /** Records a customer's file of a message; nothing is read back. */
  insertInbound(sql: Sql, row: InboundAttachmentRow): Promise<void> {
    return writeThrough(
      sql,
      `INSERT INTO attachment
           (id, project_id, ticket_id, message_id, type, file_name, mime_type, size, channel, file_ref, error)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        row.id,
        row.projectId,
        row.ticketId,
        row.messageId,
        row.type,
        row.fileName,
        row.mimeType,
        row.size,
        row.channel,
        row.fileRef,
        row.error,
      ],
    );
  }

  /** The attachment of a message of the project's ticket, or null. */
  findOfTicket(projectId: string, ticketId: string, attachmentId: string): Promise<Attachment | null> {
    return this.dataSource
      .getRepository(Attachment)
      .createQueryBuilder('attachment')
      .where(
        'attachment.id = :attachmentId AND attachment.ticket_id = :ticketId AND attachment.project_id = ' +
          ':projectId AND attachment.message_id IS NOT NULL',
        {
          attachmentId,
          ticketId,
          projectId,
        },
      )
      .getOne();
  }

  async findById(id: string): Promise<Attachment> {
    return (await this.dataSource.getRepository(Attachment).findOneBy({ id }))!;
  }

  /** Takes the lease to fetch a customer's file for `seconds`; false while another fetch holds it. */
  async takeFetchLease(id: string, seconds: number): Promise<boolean> {
    const [, leased]: [unknown, number] = await this.dataSource.query(
      `UPDATE attachment SET fetch_lease_until = now() + make_interval(secs => $2)
          WHERE id = $1 AND stored_at IS NULL AND error IS NULL AND (fetch_lease_until IS NULL
            OR fetch_lease_until < now())`,
      [id, seconds],
    );
    return leased === 1;
  }

  async markFetched(id: string, stored: { size: number; sha256: string }): Promise<void> {
    await this.dataSource.query(
      'UPDATE attachment SET size = $2, sha256 = $3, stored_at = now(), fetch_lease_until = NULL WHERE id = $1',
      [id, stored.size, stored.sha256],
    );
  }

  async markUnavailable(id: string, reason: string): Promise<void> {
    await this.dataSource.query('UPDATE attachment SET error = $2, fetch_lease_until = NULL WHERE id = $1', [
      id,
      reason,
    ]);
  }

  async releaseFetchLease(id: string): Promise<void> {
    await this.dataSource.query('UPDATE attachment SET fetch_lease_until = NULL WHERE id = $1', [id]);
  }

  /** Merges `patch` into the entry of attachment `attachmentId` in the message's attachment list. */
  async patchMessageAttachment(
    messageId: string,
    attachmentId: string,
    patch: Partial<Pick<MessageAttachment, 'size' | 'error'>>,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE ticket_message
          SET attachments = (SELECT coalesce(jsonb_agg(CASE WHEN item->>'id' = $2 THEN item || $3::jsonb
            ELSE item END ORDER BY position), '[]'::jsonb)
                               FROM jsonb_array_elements(attachments) WITH ORDINALITY AS list(item, position))
        WHERE id = $1`,
      [messageId, attachmentId, JSON.stringify(patch)],
    );
  }
}
