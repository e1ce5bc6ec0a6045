import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';
import type { CreditPool } from './credit-charge.js';

export const CREDIT_ENTRY_KINDS = ['reply', 'top_up', 'refund'] as const;
export type CreditEntryKind = (typeof CREDIT_ENTRY_KINDS)[number];

/**
 * One row per charge (a public agent reply, amount -1), per top-up (amount +n) and per refund (a reply whose
 * delivery failed for good, amount +1, or 0 for a free credit of an earlier month): the project's history.
 */
@Entity('credit_ledger_entry')
@Index('credit_ledger_entry_project_idx', ['projectId', 'id'])
@Index('credit_ledger_entry_message_idx', ['messageId'], { where: '"message_id" IS NOT NULL' })
@Index('credit_ledger_entry_refund_uq', ['messageId'], { unique: true, where: `"kind" = 'refund'` })
export class CreditLedgerEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column({ type: 'text' })
  kind: CreditEntryKind;

  @Column({ type: 'int' })
  amount: number;

  /**
   * Which credits a reply used (and its refund gave back): the month's free allowance or the purchased
   * balance. Null for top-ups.
   */
  @Column({ type: 'text', nullable: true })
  pool: CreditPool | null;

  /** The reply charged or refunded (no foreign key: the ledger outlives what it records). */
  @Column({ type: 'uuid', nullable: true })
  messageId: string | null;

  /** Purchased balance after this entry. */
  @Column({ type: 'int' })
  balanceAfter: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
