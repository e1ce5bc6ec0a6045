import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Messenger update ids already taken by a worker, per bot. Telegram redelivers an update until the
 * webhook answers 2xx, and two server processes may both receive one: the insert-or-ignore on this
 * key is what makes each update count once.
 */
@Entity('messenger_processed_update')
export class ProcessedUpdate {
  /** `telegram:<bot id>` (the numeric part of the token), so several bots never share ids. */
  @PrimaryColumn({ type: 'text' })
  botKey: string;

  @PrimaryColumn({ type: 'bigint' })
  updateId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  claimedAt: Date;

  /** Null while a process works on it: a claim older than a few minutes without completion is retaken. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
