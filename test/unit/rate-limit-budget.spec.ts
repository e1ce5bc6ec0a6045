import type { ConfigService } from '@nestjs/config';
import type { DataSource } from 'typeorm';
import type { Env } from '../../src/config/env.js';
import { RateLimitBucketStore } from '../../src/common/auth/rate-limit-bucket.store.js';
import { budgetSliceSize, RateLimitBudget } from '../../src/common/auth/rate-limit-budget.js';
import { RateLimited } from '../../src/common/errors/app-error.js';

function budget(limitPerMinute: number, sessionLimitPerMinute = limitPerMinute, dataSource = {}): RateLimitBudget {
  const limits: Record<string, number> = {
    RATE_LIMIT_PER_MINUTE: limitPerMinute,
    RATE_LIMIT_PER_SESSION_PER_MINUTE: sessionLimitPerMinute,
  };
  const config = { get: (name: string) => limits[name] } as unknown as ConfigService<Env, true>;
  return new RateLimitBudget(new RateLimitBucketStore(dataSource as DataSource), config);
}

/** The shared bucket as PostgreSQL keeps it: one count per window, raised by each reservation. */
function serve(
  rateBudget: RateLimitBudget,
  bucket: { hits: number },
  holder: string,
  now: number,
  kind: 'key' | 'session' = 'key',
): boolean {
  const draw = rateBudget.draw({ holder, kind }, now);
  let hits: number | null = null;
  if (draw.reserve > 0) hits = bucket.hits += draw.reserve;
  try {
    rateBudget.settle(draw, hits, now);
    return true;
  } catch (error) {
    if (error instanceof RateLimited) return false;
    throw error;
  }
}

const MINUTE = Date.UTC(2026, 11, 2, 12, 0, 0);

describe('rate limit budget', () => {
  it('counts every request in the shared bucket up to 2,000 a minute', () => {
    expect(budgetSliceSize(300)).toBe(1);
    expect(budgetSliceSize(2_000)).toBe(1);
    expect(budgetSliceSize(50_000)).toBe(50);
    expect(budgetSliceSize(10_000_000)).toBe(100);
    const rateBudget = budget(300);
    const bucket = { hits: 0 };
    const served = Array.from({ length: 301 }, () => serve(rateBudget, bucket, 'key', MINUTE + 1_000));
    expect(served.filter(Boolean)).toHaveLength(300);
    expect(served[300]).toBe(false);
    expect(bucket.hits).toBe(301);
  });

  it('answers 429 with the seconds left in the minute', () => {
    const rateBudget = budget(1);
    const bucket = { hits: 0 };
    expect(serve(rateBudget, bucket, 'key', MINUTE)).toBe(true);
    const draw = rateBudget.draw({ holder: 'key', kind: 'key' }, MINUTE + 45_500);
    expect(() => rateBudget.settle(draw, ++bucket.hits, MINUTE + 45_500)).toThrow(RateLimited);
    try {
      rateBudget.settle(draw, bucket.hits, MINUTE + 45_500);
    } catch (error) {
      expect((error as RateLimited).retryAfterSeconds).toBe(15);
    }
  });

  it('serves a large budget in slices: the bucket is written once per slice and never lags what was served', () => {
    const rateBudget = budget(100_000);
    const bucket = { hits: 0 };
    let served = 0;
    for (let i = 0; i < 1_000; i++) if (serve(rateBudget, bucket, 'key', MINUTE + 5_000)) served++;
    expect(served).toBe(1_000);
    expect(bucket.hits).toBe(1_000);
    // A second process drawing from the same bucket sees everything the first reserved.
    const otherProcess = budget(100_000);
    serve(otherProcess, bucket, 'key', MINUTE + 5_000);
    expect(bucket.hits).toBe(1_100);
  });

  it('never serves more than the limit across processes and credentials, and starts over each minute', () => {
    const processes = [budget(10_000), budget(10_000), budget(10_000)];
    const bucket = { hits: 0 };
    let served = 0;
    for (let i = 0; i < 12_000; i++) if (serve(processes[i % 3], bucket, `key-${i % 2}`, MINUTE + 10_000)) served++;
    expect(served).toBeLessThanOrEqual(10_000);
    // At most one unused slice (10) per process and credential is lost to the end of the minute.
    expect(served).toBeGreaterThanOrEqual(10_000 - 3 * 2 * 10);
    const nextMinute = { hits: 0 };
    expect(serve(processes[0], nextMinute, 'key-0', MINUTE + 60_000)).toBe(true);
    expect(nextMinute.hits).toBe(10);
  });

  it('grants the part of a slice the limit still allows', () => {
    const rateBudget = budget(5_000);
    const bucket = { hits: 4_997 };
    const served = Array.from({ length: 6 }, () => serve(rateBudget, bucket, 'key', MINUTE));
    expect(served).toEqual([true, true, true, false, false, false]);
  });

  it("draws a session's requests from the session limit, the key's from the key limit", () => {
    const rateBudget = budget(5, 2);
    const keyBucket = { hits: 0 };
    const sessionBucket = { hits: 0 };
    const sessionServed = Array.from({ length: 3 }, () => serve(rateBudget, sessionBucket, 's', MINUTE, 'session'));
    expect(sessionServed).toEqual([true, true, false]);
    const keyServed = Array.from({ length: 6 }, () => serve(rateBudget, keyBucket, 'k', MINUTE));
    expect(keyServed).toEqual([true, true, true, true, true, false]);
  });

  it('charges the other calls of a batch all or nothing', async () => {
    const bucket = { hits: 0 };
    const dataSource = {
      query: async (sql: string, [, , hits]: [string, Date, number]) => {
        if (sql.startsWith('INSERT')) return [{ hits: (bucket.hits += hits) }];
        bucket.hits -= hits;
        return [];
      },
    };
    const rateBudget = budget(10, 10, dataSource);
    expect(serve(rateBudget, bucket, 'k', MINUTE)).toBe(true);
    await rateBudget.chargeMore({ holder: 'k', kind: 'key' }, 4, MINUTE);
    expect(bucket.hits).toBe(5);
    expect(serve(rateBudget, bucket, 'k', MINUTE)).toBe(true);
    await expect(rateBudget.chargeMore({ holder: 'k', kind: 'key' }, 5, MINUTE + 30_000)).rejects.toThrow(RateLimited);
    expect(bucket.hits).toBe(6);
    await rateBudget.chargeMore({ holder: 'k', kind: 'key' }, 4, MINUTE);
    expect(bucket.hits).toBe(10);
  });
});
