import { type CreditAccountState, totalRemaining } from './credit-charge.js';
import type { CreditsResponse } from './dto/credits-response.dto.js';

/** An account already brought to the current month (`inPeriodOf`) in API shape. */
export function toCreditsResponse(account: CreditAccountState, freeMonthly: number): CreditsResponse {
  return {
    period_start: account.periodStart.toISOString(),
    free_monthly: freeMonthly,
    free_used: account.freeUsed,
    balance: account.balance,
    replies_this_month: account.repliesThisMonth,
    remaining: totalRemaining(account, freeMonthly),
  };
}
