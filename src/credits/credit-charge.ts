/**
 * The credit rules as pure functions over one project's account, so they can be tested without a
 * database: one credit per public agent reply, the month's free allowance first, then the purchased
 * balance; a new calendar month (UTC) starts with a fresh allowance; `credits.low` once each time the
 * total left drops below the threshold. Top-ups and reading the account run here; a reply's charge and
 * refund run as SQL (src/credits/sql), and the charge's TypeScript twin, test/helpers/credit-rules.ts
 * (decideCharge, built on these functions), is the oracle test/e2e/credit-charge-sql.e2e-spec.ts checks the
 * SQL against.
 */

/** `credits.low` fires when fewer than this many credits remain in total (free + purchased). */
export const LOW_CREDITS_THRESHOLD = 10;

/** The purchased balance is an `int` column. */
export const MAX_CREDIT_BALANCE = 2_147_483_647;

export interface CreditAccountState {
  /** 00:00 UTC on the 1st of the month that `freeUsed` and `repliesThisMonth` count. */
  periodStart: Date;
  freeUsed: number;
  /** Purchased credits left; they do not expire and are used after the free allowance. */
  balance: number;
  repliesThisMonth: number;
  /** `credits.low` was fired and the total has not been back at the threshold since. */
  lowNotified: boolean;
}

export type CreditPool = 'free' | 'purchased';

export function monthStartUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/** A project that has never been charged or topped up. */
export function newCreditAccount(now: Date): CreditAccountState {
  return { periodStart: monthStartUtc(now), freeUsed: 0, balance: 0, repliesThisMonth: 0, lowNotified: false };
}

export function freeRemaining(account: CreditAccountState, freeMonthly: number): number {
  return Math.max(0, freeMonthly - account.freeUsed);
}

export function totalRemaining(account: CreditAccountState, freeMonthly: number): number {
  return freeRemaining(account, freeMonthly) + account.balance;
}

/**
 * The account as of `now`. The first look in a later month resets the month's counters, so no cron is
 * needed; a clock that went back never brings an older month back.
 */
export function inPeriodOf(account: CreditAccountState, now: Date, freeMonthly: number): CreditAccountState {
  const periodStart = monthStartUtc(now);
  if (periodStart.getTime() <= account.periodStart.getTime()) return account;
  const renewed = { ...account, periodStart, freeUsed: 0, repliesThisMonth: 0 };
  return {
    ...renewed,
    lowNotified: renewed.lowNotified && totalRemaining(renewed, freeMonthly) < LOW_CREDITS_THRESHOLD,
  };
}

/** After a change: alert once when the total is below the threshold, re-arm once it is back at it. */
export function settleLowAlert(
  account: CreditAccountState,
  freeMonthly: number,
): { account: CreditAccountState; lowAlert: boolean } {
  const low = totalRemaining(account, freeMonthly) < LOW_CREDITS_THRESHOLD;
  return { account: { ...account, lowNotified: low }, lowAlert: low && !account.lowNotified };
}

/** Adds purchased credits; null when the balance would exceed what the account can hold. */
export function applyTopUp(
  account: CreditAccountState,
  amount: number,
  now: Date,
  freeMonthly: number,
): { account: CreditAccountState; lowAlert: boolean } | null {
  const current = inPeriodOf(account, now, freeMonthly);
  if (current.balance + amount > MAX_CREDIT_BALANCE) return null;
  return settleLowAlert({ ...current, balance: current.balance + amount }, freeMonthly);
}
