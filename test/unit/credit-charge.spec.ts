import {
  applyTopUp,
  type CreditAccountState,
  inPeriodOf,
  LOW_CREDITS_THRESHOLD,
  MAX_CREDIT_BALANCE,
  monthStartUtc,
  newCreditAccount,
  totalRemaining,
} from '../../src/credits/credit-charge.js';
import { decideCharge } from '../helpers/credit-rules.js';

const FREE = 100;
const DECEMBER = new Date('2026-12-15T12:00:00.000Z');
const DECEMBER_START = new Date('2026-12-01T00:00:00.000Z');

function account(overrides: Partial<CreditAccountState> = {}): CreditAccountState {
  return { ...newCreditAccount(DECEMBER), ...overrides };
}

/** Charges until refused; returns the decisions that charged. */
function chargeAll(start: CreditAccountState, now = DECEMBER, free = FREE) {
  const charged = [];
  let current = start;
  for (;;) {
    const decision = decideCharge(current, now, free);
    if (!decision.charged) return { charged, last: decision.account };
    charged.push(decision);
    current = decision.account;
  }
}

describe('credit charging decisions', () => {
  it('starts a month at 00:00 UTC on the 1st, whatever the time of day or zone', () => {
    expect(monthStartUtc(new Date('2026-12-31T23:59:59.999Z'))).toEqual(DECEMBER_START);
    expect(monthStartUtc(new Date('2027-01-01T00:00:00.000Z'))).toEqual(new Date('2027-01-01T00:00:00.000Z'));
    expect(monthStartUtc(new Date('2026-12-01T02:00:00+03:00'))).toEqual(new Date('2026-11-01T00:00:00.000Z'));
  });

  it('gives 100 free replies a month and refuses the 101st', () => {
    const { charged, last } = chargeAll(account());
    expect(charged).toHaveLength(100);
    expect(charged.every((decision) => decision.pool === 'free')).toBe(true);
    expect(last).toEqual(expect.objectContaining({ freeUsed: 100, balance: 0, repliesThisMonth: 100 }));
    expect(decideCharge(last, DECEMBER, FREE).charged).toBe(false);
  });

  it('uses the free allowance before the purchased balance, which then runs down to exactly 0', () => {
    const { charged, last } = chargeAll(account({ freeUsed: 98, balance: 3, repliesThisMonth: 98 }));
    expect(charged.map((decision) => decision.pool)).toEqual(['free', 'free', 'purchased', 'purchased', 'purchased']);
    expect(last).toEqual(expect.objectContaining({ freeUsed: 100, balance: 0, repliesThisMonth: 103 }));
  });

  it('refuses without changing anything when nothing is left', () => {
    const empty = account({ freeUsed: FREE, balance: 0, repliesThisMonth: FREE, lowNotified: true });
    expect(decideCharge(empty, DECEMBER, FREE)).toEqual({ charged: false, account: empty });
  });

  it('fires credits.low once, on the charge that leaves fewer than 10 in total', () => {
    const { charged } = chargeAll(account({ freeUsed: 85, balance: 5 }));
    const alerts = charged.map((decision) => decision.lowAlert);
    // 20 left: the 11th charge leaves 9.
    expect(alerts.indexOf(true)).toBe(10);
    expect(alerts.filter(Boolean)).toHaveLength(1);
    expect(totalRemaining(charged[10].account, FREE)).toBe(LOW_CREDITS_THRESHOLD - 1);
  });

  it('re-arms the alert after a top-up back to 10 or more, and fires again on the next crossing', () => {
    const low = account({ freeUsed: FREE, balance: 2, lowNotified: true });
    const smallTopUp = applyTopUp(low, 5, DECEMBER, FREE)!;
    expect(smallTopUp).toEqual({
      account: expect.objectContaining({ balance: 7, lowNotified: true }),
      lowAlert: false,
    });
    const topped = applyTopUp(smallTopUp.account, 5, DECEMBER, FREE)!;
    expect(topped).toEqual({ account: expect.objectContaining({ balance: 12, lowNotified: false }), lowAlert: false });
    const { charged } = chargeAll(topped.account);
    expect(charged.map((decision) => decision.lowAlert).indexOf(true)).toBe(2);
    expect(charged.filter((decision) => decision.lowAlert)).toHaveLength(1);
  });

  it('announces a top-up that still leaves fewer than 10 when nothing was announced yet', () => {
    const zeroAllowance = newCreditAccount(DECEMBER);
    expect(applyTopUp(zeroAllowance, 3, DECEMBER, 0)).toEqual({
      account: expect.objectContaining({ balance: 3, lowNotified: true }),
      lowAlert: true,
    });
  });

  it('restores the free allowance on the first charge of a new month, keeping the purchased balance', () => {
    const spent = account({ freeUsed: FREE, balance: 4, repliesThisMonth: 180, lowNotified: true });
    const january = new Date('2027-01-01T00:00:00.000Z');
    expect(decideCharge(spent, new Date('2026-12-31T23:59:59.999Z'), FREE)).toEqual(
      expect.objectContaining({ pool: 'purchased' }),
    );
    const decision = decideCharge(spent, january, FREE);
    expect(decision).toEqual({
      charged: true,
      pool: 'free',
      lowAlert: false,
      account: { periodStart: january, freeUsed: 1, balance: 4, repliesThisMonth: 1, lowNotified: false },
    });
  });

  it('shows the new month without charging, and never brings an older month back', () => {
    const spent = account({ freeUsed: 60, repliesThisMonth: 60 });
    expect(inPeriodOf(spent, new Date('2027-02-03T10:00:00.000Z'), FREE)).toEqual(
      expect.objectContaining({ periodStart: new Date('2027-02-01T00:00:00.000Z'), freeUsed: 0, repliesThisMonth: 0 }),
    );
    expect(inPeriodOf(spent, new Date('2026-11-30T10:00:00.000Z'), FREE)).toBe(spent);
  });

  it('uses the configured allowance, even when it is lowered below what this month already used', () => {
    expect(chargeAll(account(), DECEMBER, 3).charged).toHaveLength(3);
    expect(chargeAll(account(), DECEMBER, 0).charged).toHaveLength(0);
    const overUsed = account({ freeUsed: 50, balance: 1 });
    expect(totalRemaining(overUsed, 20)).toBe(1);
    expect(decideCharge(overUsed, DECEMBER, 20)).toEqual(expect.objectContaining({ charged: true, pool: 'purchased' }));
  });

  it('refuses a top-up past the largest balance the account holds', () => {
    expect(applyTopUp(account({ balance: MAX_CREDIT_BALANCE - 1 }), 1, DECEMBER, FREE)?.account.balance).toBe(
      MAX_CREDIT_BALANCE,
    );
    expect(applyTopUp(account({ balance: MAX_CREDIT_BALANCE - 1 }), 2, DECEMBER, FREE)).toBeNull();
  });
});
