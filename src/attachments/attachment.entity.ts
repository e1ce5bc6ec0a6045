import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';
import { TicketMessage } from '../tickets/ticket-message.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import type { AttachmentType } from './attachment-kinds.js';

/**
 * A file of a ticket message. Its bytes live in attachment_chunk rows (PostgreSQL, so backups and every
 * process see them): an agent's upload is written while it streams in; a customer's file is fetched from
 * the messenger (`channel` + `fileRef`) on first download. `messageId` is null only while an upload is
 * in progress: such rows belong to no message yet and are removed if the reply fails.
 */
@Entity('attachment')
@Index('attachment_ticket_idx', ['ticketId'])
@Index('attachment_unclaimed_idx', ['createdAt'], { where: 'message_id IS NULL' })
export class Attachment {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column({ type: 'uuid' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ type: 'uuid', nullable: true })
  messageId: string | null;

  @ManyToOne(() => TicketMessage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: TicketMessage;

  @Column({ type: 'text' })
  type: AttachmentType;

  @Column({ type: 'text', nullable: true })
  fileName: string | null;

  @Column({ type: 'text', nullable: true })
  mimeType: string | null;

  @Column({
    type: 'bigint',
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  size: number | null;

  /** Hex SHA-256 of the stored bytes; null until they are stored. */
  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  /** Where a customer's file comes from: the messenger and its file reference. Null for uploads. */
  @Column({ type: 'text', nullable: true })
  channel: string | null;

  @Column({ type: 'text', nullable: true })
  fileRef: string | null;

  /** Set once every chunk is written. */
  @Column({ type: 'timestamptz', nullable: true })
  storedAt: Date | null;

  /** A first download in progress (another process fetching from the messenger) holds this lease. */
  @Column({ type: 'timestamptz', nullable: true })
  fetchLeaseUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The bytes of an attachment in 256 KiB pieces: written and read one piece at a time, so a 20 MB file
 * never sits in memory whole (one bytea value would be built and parsed whole by the driver).
 */
@Entity('attachment_chunk')
export class AttachmentChunk {
  @PrimaryColumn({ type: 'uuid' })
  attachmentId: string;

  @ManyToOne(() => Attachment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id' })
  attachment?: Attachment;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'bytea' })
  data: Buffer;
}
