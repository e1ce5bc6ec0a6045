import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../../config/env.js';
import { RateLimited } from '../errors/app-error.js';
import { RateLimitBucketStore } from './rate-limit-bucket.store.js';

const WINDOW_MS = 60_000;
/** Above this many requests a minute, a process reserves the budget in slices (see RateLimitBudget). */
const EXACT_UP_TO = 2_000;
const LARGEST_SLICE = 100;

/** Who a request is charged to: the API key or one member session, by the hash of its secret. */
export interface BudgetHolder {
  holder: string;
  kind: 'key' | 'session';
}

/** One request's draw on the budget: how many hits to add to the shared bucket (0: served from the slice). */
export interface BudgetDraw {
  holder: string;
  limit: number;
  windowStart: Date;
  reserve: number;
}

interface Slice {
  windowStart: number;
  remaining: number;
}

/**
 * The per-credential, per-clock-minute request budget, shared by every server process through the
 * `rate_limit_bucket` row the auth statements increment. The project's API key has its own budget
 * (RATE_LIMIT_PER_MINUTE) and so has each member session (RATE_LIMIT_PER_SESSION_PER_MINUTE): a member
 * can spend only their session's, never the integrations' budget of the key. Up to 2,000 requests a
 * minute every request adds one hit (exact). Above, the bucket row would become the busiest lock of the
 * project (every request of every process updates it), so a process reserves a slice of 0.1% of the limit (at most
 * 100 hits) for a credential and serves that many requests without the database: the shared count
 * never lags what was served, and a process can leave at most one unused slice per credential when
 * the minute ends (a credential is limited up to 0.1% early per process, never late).
 */
@Injectable()
export class RateLimitBudget implements OnModuleInit, OnModuleDestroy {
  readonly keyLimitPerMinute: number;
  readonly sessionLimitPerMinute: number;
  private readonly slices = new Map<string, Slice>();
  private cleanupTimer?: NodeJS.Timeout;

  constructor(
    private readonly buckets: RateLimitBucketStore,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.keyLimitPerMinute = config.get('RATE_LIMIT_PER_MINUTE', { infer: true });
    this.sessionLimitPerMinute = config.get('RATE_LIMIT_PER_SESSION_PER_MINUTE', { infer: true });
  }

  onModuleInit(): void {
    this.cleanupTimer = setInterval(() => void this.forgetOldWindows().catch(() => undefined), WINDOW_MS);
    this.cleanupTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanupTimer);
  }

  limitOf(kind: BudgetHolder['kind']): number {
    return kind === 'key' ? this.keyLimitPerMinute : this.sessionLimitPerMinute;
  }

  /** Starts a request of a credential: what the auth statement must add to the bucket. */
  draw({ holder, kind }: BudgetHolder, now = Date.now()): BudgetDraw {
    const limit = this.limitOf(kind);
    const windowStart = now - (now % WINDOW_MS);
    const slice = this.slices.get(holder);
    if (slice && slice.windowStart === windowStart && slice.remaining > 0) {
      slice.remaining--;
      return { holder, limit, windowStart: new Date(windowStart), reserve: 0 };
    }
    return { holder, limit, windowStart: new Date(windowStart), reserve: budgetSliceSize(limit) };
  }

  /**
   * Settles a draw with the bucket's count after the statement added `draw.reserve` (`hits` is null when
   * nothing was added). Throws 429 when the request is over the budget; keeps the rest of a slice.
   */
  settle(draw: BudgetDraw, hits: number | null, now = Date.now()): void {
    if (draw.reserve === 0) return;
    const countBefore = Number(hits) - draw.reserve;
    const granted = Math.max(0, Math.min(draw.reserve, draw.limit - countBefore));
    if (granted === 0) throw new RateLimited(secondsLeft(draw.windowStart.getTime(), now));
    if (granted === 1) return;
    const windowStart = draw.windowStart.getTime();
    const slice = this.slices.get(draw.holder);
    if (slice && slice.windowStart === windowStart) slice.remaining += granted - 1;
    else this.slices.set(draw.holder, { windowStart, remaining: granted - 1 });
  }

  /**
   * Charges `count` more requests to a credential that already drew one for this request (the other
   * calls of an MCP JSON-RPC batch): from this process's slice first, then in the shared bucket. All or
   * nothing: when they do not fit in what is left of the minute, the hits are given back and the whole
   * request is refused with 429, so a refused batch costs one request like any other refused request.
   */
  async chargeMore(credential: BudgetHolder, count: number, now = Date.now()): Promise<void> {
    if (count <= 0) return;
    const windowStart = now - (now % WINDOW_MS);
    const slice = this.slices.get(credential.holder);
    const fromSlice = slice && slice.windowStart === windowStart ? Math.min(slice.remaining, count) : 0;
    if (fromSlice === count) {
      slice!.remaining -= count;
      return;
    }
    const rest = count - fromSlice;
    const hits = await this.buckets.add(credential.holder, new Date(windowStart), rest);
    if (hits <= this.limitOf(credential.kind)) {
      if (slice && fromSlice > 0) slice.remaining -= fromSlice;
      return;
    }
    await this.buckets.giveBack(credential.holder, new Date(windowStart), rest);
    throw new RateLimited(secondsLeft(windowStart, now));
  }

  private async forgetOldWindows(): Promise<void> {
    const current = Date.now() - (Date.now() % WINDOW_MS);
    for (const [holder, slice] of this.slices) if (slice.windowStart < current) this.slices.delete(holder);
    await this.buckets.deleteOldWindows();
  }
}

function secondsLeft(windowStart: number, now: number): number {
  return Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
}

/** 1 (every request counted in the shared bucket) up to 2,000 a minute; 0.1% of the limit above, at most 100. */
export function budgetSliceSize(limitPerMinute: number): number {
  if (limitPerMinute <= EXACT_UP_TO) return 1;
  return Math.min(LARGEST_SLICE, Math.max(1, Math.floor(limitPerMinute / 1000)));
}
