import {
  type CreditAccountState,
  type CreditPool,
  freeRemaining,
  inPeriodOf,
  settleLowAlert,
} from '../../src/credits/credit-charge.js';

/**
 * The reply charge's rules in TypeScript, as the tests' oracle only: the server charges with the SQL
 * function of src/credits/sql/charge-reply-credit.sql, which test/e2e/credit-charge-sql.e2e-spec.ts checks
 * against this.
 */
export type ChargeDecision =
  | { charged: false; account: CreditAccountState }
  | { charged: true; pool: CreditPool; account: CreditAccountState; lowAlert: boolean };

/** One public agent reply: a free credit if the month has one left, else a purchased one, else refused. */
export function decideCharge(account: CreditAccountState, now: Date, freeMonthly: number): ChargeDecision {
  const current = inPeriodOf(account, now, freeMonthly);
  let pool: CreditPool;
  let charged: CreditAccountState;
  if (freeRemaining(current, freeMonthly) > 0) {
    pool = 'free';
    charged = { ...current, freeUsed: current.freeUsed + 1, repliesThisMonth: current.repliesThisMonth + 1 };
  } else if (current.balance > 0) {
    pool = 'purchased';
    charged = { ...current, balance: current.balance - 1, repliesThisMonth: current.repliesThisMonth + 1 };
  } else {
    return { charged: false, account: current };
  }
  return { charged: true, pool, ...settleLowAlert(charged, freeMonthly) };
}
