import { commitTailOf } from '../common/database/counted-write.js';
import { HotRowQueue, hotRowQueueTurn } from '../common/database/hot-row-queue.js';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { Clock } from '../common/clock.js';
import type { Env } from '../config/env.js';
import { OUTBOX_NOTIFY_CHANNEL } from '../outbox/outbox-events.js';
import { OutboxService } from '../outbox/outbox.service.js';
import {
  applyTopUp,
  type CreditAccountState,
  type CreditPool,
  LOW_CREDITS_THRESHOLD,
  inPeriodOf,
  MAX_CREDIT_BALANCE,
  monthStartUtc,
  newCreditAccount,
} from './credit-charge.js';
import type { CreditEntryKind } from './credit-ledger-entry.entity.js';
import { toCreditsResponse } from './credits.mapper.js';
import { CreditBalanceTooLarge, NoCreditsLeft } from './credits.errors.js';
import type { CreditsResponse } from './dto/credits-response.dto.js';
import { sqlOfManager } from '../common/database/sql.js';

interface CreditAccountRow {
  period_start: Date;
  free_used: number;
  balance: number;
  replies_this_month: number;
  low_notified: boolean;
}

const ACCOUNT_COLUMNS = 'period_start, free_used, balance, replies_this_month, low_notified';

function fromRow(row: CreditAccountRow): CreditAccountState {
  return {
    periodStart: row.period_start,
    freeUsed: row.free_used,
    balance: row.balance,
    repliesThisMonth: row.replies_this_month,
    lowNotified: row.low_notified,
  };
}

/**
 * Per-project credits: one per public agent reply. A public agent reply is charged by `chargeReply` inside
 * the transaction that stores it, so a reply and its charge commit or roll back together. The decisions
 * are the pure functions of credit-charge.ts; this class locks, reads and writes the account.
 */
@Injectable()
export class CreditsService {
  private readonly freeMonthly: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
   * The charge is one statement (`charge_reply_credit`, the rules of credit-charge.ts in SQL, with the
   * `credits.low` event when it fires, its payload the shape of toCreditsResponse) run in the commit
   * round trip, so the row is held for the time PostgreSQL needs.
   */
  async chargeReply(project: AuthenticatedProject, manager: EntityManager, messageId: string): Promise<void> {
    const [sql, parameters] = [
      `WITH charged AS (SELECT * FROM charge_reply_credit($1, $2, $3, $4, $5)),
       alert AS (
         INSERT INTO outbox_event (project_id, topic, event_type, aggregate_id, payload)
         SELECT $1, 'webhook', 'credits.low', $1, jsonb_build_object(
                  'period_start', to_char(charged.period_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                  'free_monthly', $4::int,
                  'free_used', charged.free_used,
                  'balance', charged.balance,
                  'replies_this_month', charged.replies_this_month,
                  'remaining', greatest($4::int - charged.free_used, 0) + charged.balance)
         FROM charged WHERE charged.low_alert
         RETURNING topic)
       SELECT charged.pool, (SELECT count(*) FROM alert) AS alerts FROM charged`,
      [project.id, messageId, monthStartUtc(this.clock.now()), this.freeMonthly, LOW_CREDITS_THRESHOLD],
    ];
    const tail = commitTailOf(manager);
    if (!tail) throw new Error('chargeReply runs in a counted write (countedWrite)');
    // The webhook worker is woken after COMMIT, outside the transaction (CommitWakes).
    const wakeWebhooks = ([charged]: Array<Record<string, unknown>>) => {
      if (Number(charged?.alerts) > 0) tail.wakeAfterCommit(OUTBOX_NOTIFY_CHANNEL, 'webhook');
    };
    // The project's replies take the account row in arrival order (hot-row-queue.ts).
    tail.add(`SELECT ${hotRowQueueTurn(HotRowQueue.CreditAccount, '$1::uuid')}`, [project.id]);
    tail.add(sql, parameters, wakeWebhooks, noCreditsLeftOf);
  }

  /**
   * Gives back the credit of reply `messageId` whose chat delivery failed for good, in the caller's
   * transaction (the one that records the failure): a `refund` ledger entry, to the pool the reply was
   * charged from (a free credit of an earlier month is not carried over: amount 0). At most once per
   * message (`refund_reply_credit` checks under the account lock, a unique index backs it); a message that
   * was never charged gets nothing.
   */
  async refundReply(projectId: string, manager: EntityManager, messageId: string): Promise<void> {
    await manager.query('SELECT * FROM refund_reply_credit($1, $2, $3, $4, $5)', [
      projectId,
      messageId,
      monthStartUtc(this.clock.now()),
      this.freeMonthly,
      LOW_CREDITS_THRESHOLD,
    ]);
  }

  /** The project's credits this month (a new month shows its fresh allowance before anything is charged). */
  async get(project: AuthenticatedProject): Promise<CreditsResponse> {
    const rows: CreditAccountRow[] = await this.dataSource.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM credit_account WHERE project_id = $1`,
      [project.id],
    );
    const now = this.clock.now();
    const account = rows.length > 0 ? inPeriodOf(fromRow(rows[0]), now, this.freeMonthly) : newCreditAccount(now);
    return toCreditsResponse(account, this.freeMonthly);
  }

  /** Adds purchased credits (operators: the CLI's `credits add`); returns the new state. */
  async topUp(project: AuthenticatedProject, amount: number): Promise<CreditsResponse> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockAccount(project.id, manager);
      const result = applyTopUp(account, amount, this.clock.now(), this.freeMonthly);
      if (!result) throw new CreditBalanceTooLarge(MAX_CREDIT_BALANCE);
      await this.save(project.id, manager, result.account, { kind: 'top_up', amount, pool: null, messageId: null });
      if (result.lowAlert) await this.announceLow(project.id, manager, result.account);
      return toCreditsResponse(result.account, this.freeMonthly);
    });
  }

  /** The account row, locked until the transaction ends; created (with this month's allowance) on first use. */
  private async lockAccount(projectId: string, manager: EntityManager): Promise<CreditAccountState> {
    const lock = `SELECT ${ACCOUNT_COLUMNS} FROM credit_account WHERE project_id = $1 FOR UPDATE`;
    let rows: CreditAccountRow[] = await manager.query(lock, [projectId]);
    if (rows.length === 0) {
      await manager.query(
        'INSERT INTO credit_account (project_id, period_start) VALUES ($1, $2) ON CONFLICT (project_id) DO NOTHING',
        [projectId, monthStartUtc(this.clock.now())],
      );
      rows = await manager.query(lock, [projectId]);
    }
    return fromRow(rows[0]);
  }

  /** The account's new state and its ledger row, in one statement. */
  private async save(
    projectId: string,
    manager: EntityManager,
    account: CreditAccountState,
    entry: { kind: CreditEntryKind; amount: number; pool: CreditPool | null; messageId: string | null },
  ): Promise<void> {
    const [sql, parameters] = [
      `WITH account AS (
         UPDATE credit_account
         SET period_start = $2, free_used = $3, balance = $4, replies_this_month = $5, low_notified = $6,
           updated_at = now()
         WHERE project_id = $1)
       INSERT INTO credit_ledger_entry (project_id, kind, amount, pool, message_id, balance_after)
         VALUES ($1, $7, $8, $9, $10, $4)`,
      [
        projectId,
        account.periodStart,
        account.freeUsed,
        account.balance,
        account.repliesThisMonth,
        account.lowNotified,
        entry.kind,
        entry.amount,
        entry.pool,
        entry.messageId,
      ],
    ];
    await manager.query(sql, parameters);
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
