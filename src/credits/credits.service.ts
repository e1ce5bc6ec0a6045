import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, EntityManager } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { Clock } from '../common/clock.js';
import { isWriteTransaction, type Sql, sqlOfManager } from '../common/database/sql.js';
import type { Env } from '../config/env.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { CreditAccountStore, type CreditRuleParameters } from './credit-account.store.js';
import {
  applyTopUp,
  type CreditAccountState,
  LOW_CREDITS_THRESHOLD,
  inPeriodOf,
  MAX_CREDIT_BALANCE,
  monthStartUtc,
  newCreditAccount,
} from './credit-charge.js';
import { toCreditsResponse } from './credits.mapper.js';
import { CreditBalanceTooLarge, NoCreditsLeft } from './credits.errors.js';
import type { CreditsResponse } from './dto/credits-response.dto.js';

/**
 * Per-project credits: one per public agent reply. A public agent reply is charged by `chargeReply` inside
 * the transaction that stores it, so a reply and its charge commit or roll back together. The decisions
 * are the pure functions of credit-charge.ts and, for a reply's charge and refund, the SQL functions of
 * src/credits/sql; CreditAccountStore holds the statements.
 */
@Injectable()
export class CreditsService {
  private readonly freeMonthly: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: CreditAccountStore,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    config: ConfigService<Env, true>,
  ) {
    this.freeMonthly = config.get('FREE_CREDITS_PER_MONTH', { infer: true });
  }

  /**
   * Takes one credit for the public reply `messageId` in the caller's transaction, or throws NoCreditsLeft
   * (402) so that the transaction, and the reply with it, rolls back. The account row stays locked until
   * the caller commits: concurrent replies of a project are charged one after another, never below zero.
   * The charge is one statement (`charge_reply_credit`, src/credits/sql/charge-reply-credit.sql) run in the
   * commit round trip, so the row is held for the time PostgreSQL needs; the outbox stores its `credits.low`
   * event, when it fires, in that same statement (OutboxService.appendAnnouncedAtCommit).
   */
  async chargeReply(project: AuthenticatedProject, sql: Sql, messageId: string): Promise<void> {
    if (!isWriteTransaction(sql)) throw new Error('chargeReply runs in a counted write (UnitOfWork.write)');
    this.accounts.takeAccountTurnAtCommit(sql, project.id);
    const charge = this.accounts.chargeReplyStatement(project.id, messageId, this.rules());
    this.outbox.appendAnnouncedAtCommit(sql, charge, undefined, noCreditsLeftOf);
  }

  /**
   * Gives back the credit of reply `messageId` whose chat delivery failed for good, in the caller's
   * transaction (the one that records the failure): a `refund` ledger entry, to the pool the reply was
   * charged from (a free credit of an earlier month is not carried over: amount 0). At most once per
   * message (`refund_reply_credit` checks under the account lock, a unique index backs it); a message that
   * was never charged gets nothing.
   */
  async refundReply(projectId: string, sql: Sql, messageId: string): Promise<void> {
    await this.accounts.refundReply(sql, projectId, messageId, this.rules());
  }

  /** The project's credits this month (a new month shows its fresh allowance before anything is charged). */
  async get(project: AuthenticatedProject): Promise<CreditsResponse> {
    const stored = await this.accounts.find(project.id);
    const now = this.clock.now();
    const account = stored ? inPeriodOf(stored, now, this.freeMonthly) : newCreditAccount(now);
    return toCreditsResponse(account, this.freeMonthly);
  }

  /** Adds purchased credits (operators: the CLI's `credits add`); returns the new state. */
  async topUp(project: AuthenticatedProject, amount: number): Promise<CreditsResponse> {
    return this.dataSource.transaction(async (manager) => {
      const sql = sqlOfManager(manager);
      const account = await this.accounts.lock(sql, project.id, monthStartUtc(this.clock.now()));
      const result = applyTopUp(account, amount, this.clock.now(), this.freeMonthly);
      if (!result) throw new CreditBalanceTooLarge(MAX_CREDIT_BALANCE);
      await this.accounts.save(sql, project.id, result.account, {
        kind: 'top_up',
        amount,
        pool: null,
        messageId: null,
      });
      if (result.lowAlert) await this.announceLow(project.id, manager, result.account);
      return toCreditsResponse(result.account, this.freeMonthly);
    });
  }

  /** The month and limits the SQL functions decide with (the same rules as credit-charge.ts). */
  private rules(): CreditRuleParameters {
    return {
      monthStart: monthStartUtc(this.clock.now()),
      freeMonthly: this.freeMonthly,
      lowThreshold: LOW_CREDITS_THRESHOLD,
    };
  }

  /** `credits.low` through the outbox of the same transaction; ordered with the project's other credit events. */
  private async announceLow(projectId: string, manager: EntityManager, account: CreditAccountState): Promise<void> {
    await this.outbox.append(sqlOfManager(manager), [
      {
        projectId,
        topic: 'webhook',
        eventType: 'credits.low',
        aggregateId: projectId,
        payload: { ...toCreditsResponse(account, this.freeMonthly) },
      },
    ]);
  }
}

/** The charge function's refusal (SQLSTATE ZC402, raised when neither pool has a credit) as the API's 402. */
function noCreditsLeftOf(error: { code?: string }): NoCreditsLeft | null {
  return error.code === 'ZC402' ? new NoCreditsLeft() : null;
}
