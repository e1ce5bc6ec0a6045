import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HotRowQueue, hotRowQueueTurn } from '../common/database/hot-row-queue.js';
import { type Sql, sqlOfPool, type WriteTransaction } from '../common/database/sql.js';
import type { AnnouncingStatement } from '../outbox/outbox-events.js';
import type { CreditAccountState, CreditPool } from './credit-charge.js';
import type { CreditEntryKind } from './credit-ledger-entry.entity.js';

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

/** What the charge and refund functions of src/credits/sql take after the project and the message. */
export interface CreditRuleParameters {
  monthStart: Date;
  freeMonthly: number;
  lowThreshold: number;
}

/** A ledger row written with the account's new state. */
export interface CreditLedgerEntry {
  kind: CreditEntryKind;
  amount: number;
  pool: CreditPool | null;
  messageId: string | null;
}

/** The statements of `credit_account` and `credit_ledger_entry` (the charge and refund run src/credits/sql). */
@Injectable()
export class CreditAccountStore {
  private readonly pool: Sql;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.pool = sqlOfPool(dataSource);
  }

  /** Queues, for the commit round trip, the project's turn on its account row, taken in arrival order. */
  takeAccountTurnAtCommit(transaction: WriteTransaction, projectId: string): void {
    transaction.atCommit(`SELECT ${hotRowQueueTurn(HotRowQueue.CreditAccount, '$1::uuid')}`, [projectId]);
  }

  /**
   * The reply's charge as one statement, `charge_reply_credit`: its row has the pool charged and, as the
   * columns OutboxService.appendAnnouncedAtCommit reads, the `credits.low` event when it fires (its payload
   * the shape of toCreditsResponse).
   */
  chargeReplyStatement(projectId: string, messageId: string, rules: CreditRuleParameters): AnnouncingStatement {
    return {
      sql: `SELECT charged.pool,
              CASE WHEN charged.low_alert THEN 'credits.low' END AS event_type,
              $1::uuid AS event_project_id, $1::uuid AS event_aggregate_id,
              jsonb_build_object(
                'period_start', to_char(charged.period_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'free_monthly', $4::int,
                'free_used', charged.free_used,
                'balance', charged.balance,
                'replies_this_month', charged.replies_this_month,
                'remaining', greatest($4::int - charged.free_used, 0) + charged.balance) AS event_payload
            FROM charge_reply_credit($1, $2, $3, $4, $5) AS charged`,
      parameters: [projectId, messageId, rules.monthStart, rules.freeMonthly, rules.lowThreshold],
    };
  }

  /** `refund_reply_credit` in the caller's transaction (it checks under the account lock, at most once). */
  async refundReply(sql: Sql, projectId: string, messageId: string, rules: CreditRuleParameters): Promise<void> {
    await sql.query('SELECT * FROM refund_reply_credit($1, $2, $3, $4, $5)', [
      projectId,
      messageId,
      rules.monthStart,
      rules.freeMonthly,
      rules.lowThreshold,
    ]);
  }

  /** The stored account as last written (null: never charged nor topped up). */
  async find(projectId: string): Promise<CreditAccountState | null> {
    const rows = await this.pool.query<CreditAccountRow>(
      `SELECT ${ACCOUNT_COLUMNS} FROM credit_account WHERE project_id = $1`,
      [projectId],
    );
    return rows.length > 0 ? fromRow(rows[0]) : null;
  }

  /** The account row, locked until the transaction ends; created with `periodStart` on first use. */
  async lock(sql: Sql, projectId: string, periodStart: Date): Promise<CreditAccountState> {
    const lock = `SELECT ${ACCOUNT_COLUMNS} FROM credit_account WHERE project_id = $1 FOR UPDATE`;
    let rows = await sql.query<CreditAccountRow>(lock, [projectId]);
    if (rows.length === 0) {
      await sql.query(
        'INSERT INTO credit_account (project_id, period_start) VALUES ($1, $2) ON CONFLICT (project_id) DO NOTHING',
        [projectId, periodStart],
      );
      rows = await sql.query<CreditAccountRow>(lock, [projectId]);
    }
    return fromRow(rows[0]);
  }

  /** The account's new state and its ledger row, in one statement. */
  async save(sql: Sql, projectId: string, account: CreditAccountState, entry: CreditLedgerEntry): Promise<void> {
    await sql.query(
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
    );
  }
}
