import { Column, CreateDateColumn, PrimaryColumn } from 'typeorm';

/**
 * The columns of a messenger message tied to a ticket: the message's key in its chat, and the project and
 * ticket it belongs to. Not an entity itself: each subclass is its own table with these columns.
 */
export abstract class ChatMessageRef {
  @PrimaryColumn({ type: 'text' })
  channel: string;

  @PrimaryColumn({ type: 'text' })
  chatId: string;

  /** The messenger's message id (Telegram: a number; Max: a `mid.…` string). */
  @PrimaryColumn({ type: 'text' })
  messageId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  ticketId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
