import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Messenger update ids already taken by a worker, per bot. Telegram and Max redeliver an update until the
 * webhook answers 2xx, and two server processes may both receive one: the insert-or-ignore on this
 * key is what makes each update count once.
 */
@Entity('messenger_processed_update')
export class ProcessedUpdate {
  /** `telegram:<bot id>` (the numeric part of the token) or `max:<bot id>`, so several bots never share ids. */
  @PrimaryColumn({ type: 'text' })
  botKey: string;

  /** Telegram's update_id; for Max (whose updates carry no id) the message mid, callback id or start event key. */
  @PrimaryColumn({ type: 'text' })
  updateId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  claimedAt: Date;

  /** Null while a process works on it: a claim older than a few minutes without completion is retaken. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
