import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One message the messenger accepted for an outbox event. A long reply is split into several parts
 * (Telegram: 4096 characters); each is recorded right after acceptance, so a retry after a crash or a
 * failure resumes at the first part not yet sent and never sends one twice.
 */
@Entity('chat_outbound_part')
export class OutboundPart {
  @PrimaryColumn({ type: 'bigint' })
  outboxEventId: string;

  @PrimaryColumn({ type: 'int' })
  partIndex: number;

  /** The messenger's id of the sent message (Telegram: a number; Max: a `mid.…` string). */
  @Column({ type: 'text' })
  messageId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
