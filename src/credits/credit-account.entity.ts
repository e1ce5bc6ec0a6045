import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';

/**
 * One project's credits. Every charge and top-up locks this row inside its transaction, so concurrent
 * replies of a project take credits one after another and the balance never goes below zero. Created on
 * the project's first charge or top-up; a project without a row has this month's full allowance.
 */
@Entity('credit_account')
// The last line of defence behind the row lock: a bug can fail a reply, never overspend.
@Check('credit_account_balance_not_negative', '"balance" >= 0 AND "free_used" >= 0')
export class CreditAccount {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  /** 00:00 UTC on the 1st of the month that free_used and replies_this_month count. */
  @Column({ type: 'timestamptz' })
  periodStart: Date;

  @Column({ type: 'int', default: 0 })
  freeUsed: number;

  /** Purchased credits left (never negative). */
  @Column({ type: 'int', default: 0 })
  balance: number;

  @Column({ type: 'int', default: 0 })
  repliesThisMonth: number;

  /** credits.low was fired and the total has not been back at the threshold since: once per crossing. */
  @Column({ type: 'boolean', default: false })
  lowNotified: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
