import { DataSource } from 'typeorm';
import { type CreditAccountState, LOW_CREDITS_THRESHOLD, monthStartUtc } from '../../src/credits/credit-charge.js';
import { creditFunctionStatements } from '../../src/credits/credit-functions.js';
import { decideCharge } from '../helpers/credit-rules.js';
import { useTestApp } from '../helpers/test-app.js';

/**
 * The reply charge runs as SQL (`charge_reply_credit`, src/credits/sql, in the reply's commit round trip);
 * its oracle is decideCharge (test/helpers/credit-rules.ts, over credit-charge.ts's pure functions). Here
 * both meet the same accounts, edge cases and random ones, and
 * must decide alike: pool, refusal, the account written, the alert.
 */
describe('credit charge in SQL = the rules of credit-rules.ts', () => {
  const ctx = useTestApp();
  const NOW = new Date('2026-12-15T12:00:00.000Z');
  const months = [new Date('2026-10-01T00:00:00.000Z'), new Date('2026-11-01T00:00:00.000Z'), monthStartUtc(NOW)];

  function accounts(): Array<{ account: CreditAccountState; free: number }> {
    const cases: Array<{ account: CreditAccountState; free: number }> = [];
    // Around every boundary: free allowance used up or not, balance 0/1, the alert armed or not, new month.
    for (const periodStart of months)
      for (const free of [0, 1, 10, 100])
        for (const freeUsed of [0, Math.max(0, free - 1), free, free + 1])
          for (const balance of [0, 1, 9, 10, 11])
            for (const lowNotified of [false, true])
              cases.push({
                free,
                account: { periodStart, freeUsed, balance, repliesThisMonth: freeUsed, lowNotified },
              });
    let seed = 20261202;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let i = 0; i < 200; i++)
      cases.push({
        free: random(30),
        account: {
          periodStart: months[random(3)],
          freeUsed: random(40),
          balance: random(25),
          repliesThisMonth: random(60),
          lowNotified: random(2) === 1,
        },
      });
    return cases;
  }

  it('decides every account the way decideCharge does', async () => {
    const { project } = await ctx.project();
    const runner = ctx.app.get(DataSource).createQueryRunner();
    await runner.connect();
    const mismatches: string[] = [];
    try {
      for (const { account, free } of accounts()) {
        await runner.startTransaction();
        try {
          await runner.query(
            `INSERT INTO credit_account (project_id, period_start, free_used, balance, replies_this_month, low_notified)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (project_id) DO UPDATE SET period_start = $2, free_used = $3, balance = $4,
               replies_this_month = $5, low_notified = $6`,
            [
              project.id,
              account.periodStart,
              account.freeUsed,
              account.balance,
              account.repliesThisMonth,
              account.lowNotified,
            ],
          );
          const expected = decideCharge(account, NOW, free);
          let actual: unknown;
          try {
            await runner.query('SAVEPOINT charge');
            const [row] = await runner.query('SELECT pool, low_alert FROM charge_reply_credit($1, NULL, $2, $3, $4)', [
              project.id,
              monthStartUtc(NOW),
              free,
              LOW_CREDITS_THRESHOLD,
            ]);
            const [stored] = await runner.query(
              `SELECT period_start, free_used, balance, replies_this_month, low_notified FROM credit_account
               WHERE project_id = $1`,
              [project.id],
            );
            actual = {
              charged: true,
              pool: row.pool,
              account: {
                periodStart: stored.period_start,
                freeUsed: stored.free_used,
                balance: stored.balance,
                repliesThisMonth: stored.replies_this_month,
                lowNotified: stored.low_notified,
              },
              lowAlert: row.low_alert,
            };
          } catch (error) {
            await runner.query('ROLLBACK TO SAVEPOINT charge');
            if ((error as { driverError?: { code?: string } }).driverError?.code !== 'ZC402') throw error;
            actual = { charged: false, account: expected.account };
          }
          // Same keys in the same order (decideCharge's), so equal decisions serialise alike.
          if (JSON.stringify(actual) !== JSON.stringify(expected))
            mismatches.push(
              `${JSON.stringify({ account, free })}: sql ${JSON.stringify(actual)}, rules ${JSON.stringify(expected)}`,
            );
        } finally {
          await runner.rollbackTransaction();
        }
      }
    } finally {
      await runner.release();
    }
    expect(mismatches).toEqual([]);
  });

  it('runs the functions as written in src/credits/sql', async () => {
    const stored: Array<{ proname: string; prosrc: string }> = await ctx.app
      .get(DataSource)
      .query(`SELECT proname, prosrc FROM pg_proc WHERE proname IN ('charge_reply_credit', 'refund_reply_credit')`);
    const bodies = creditFunctionStatements().map((statement) => statement.split('$$')[1]);
    expect(stored.map(({ prosrc }) => prosrc).sort()).toEqual([...bodies].sort());
  });
});
