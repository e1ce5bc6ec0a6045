import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Env } from '../../config/env.js';
import { RateLimited } from '../errors/app-error.js';

const WINDOW_MS = 60_000;
/** Above this many requests a minute, a process reserves the budget in slices (see RateLimitBudget). */
const EXACT_UP_TO = 2_000;
const LARGEST_SLICE = 100;

/** One request's draw on the budget: how many hits to add to the shared bucket (0: served from the slice). */
export interface BudgetDraw {
  holder: string;
  windowStart: Date;
  reserve: number;
}

interface Slice {
  windowStart: number;
  remaining: number;
}

/**
 * The per-project, per-clock-minute request budget, shared by every server process through the
 * `rate_limit_bucket` row the auth statements increment. Up to 2,000 requests a minute every request
 * adds one hit (exact). Above, the bucket row would become the busiest lock of the project (every
 * request of every process updates it), so a process reserves a slice of 0.1% of the limit (at most
 * 100 hits) for a credential and serves that many requests without the database: the shared count
 * never lags what was served, and a process can leave at most one unused slice per credential when
 * the minute ends (the project is limited up to 0.1% early per process and credential, never late).
 */
@Injectable()
export class RateLimitBudget implements OnModuleInit, OnModuleDestroy {
  readonly limitPerMinute: number;
  private readonly sliceSize: number;
  private readonly slices = new Map<string, Slice>();
  private cleanupTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.limitPerMinute = config.get('RATE_LIMIT_PER_MINUTE', { infer: true });
    this.sliceSize = budgetSliceSize(this.limitPerMinute);
  }

  onModuleInit(): void {
    this.cleanupTimer = setInterval(() => void this.forgetOldWindows().catch(() => undefined), WINDOW_MS);
    this.cleanupTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanupTimer);
  }

  /** Starts a request of `holder` (a credential's hash): what the auth statement must add to the bucket. */
  draw(holder: string, now = Date.now()): BudgetDraw {
    const windowStart = now - (now % WINDOW_MS);
    const slice = this.slices.get(holder);
    if (slice && slice.windowStart === windowStart && slice.remaining > 0) {
      slice.remaining--;
      return { holder, windowStart: new Date(windowStart), reserve: 0 };
    }
    return { holder, windowStart: new Date(windowStart), reserve: this.sliceSize };
  }

  /**
   * Settles a draw with the bucket's count after the statement added `draw.reserve` (`hits` is null when
   * nothing was added). Throws 429 when the request is over the budget; keeps the rest of a slice.
   */
  settle(draw: BudgetDraw, hits: number | null, now = Date.now()): void {
    if (draw.reserve === 0) return;
    const countBefore = Number(hits) - draw.reserve;
    const granted = Math.max(0, Math.min(draw.reserve, this.limitPerMinute - countBefore));
    if (granted === 0) {
      const retryAfter = Math.ceil((draw.windowStart.getTime() + WINDOW_MS - now) / 1000);
      throw new RateLimited(Math.max(1, retryAfter));
    }
    if (granted === 1) return;
    const windowStart = draw.windowStart.getTime();
    const slice = this.slices.get(draw.holder);
    if (slice && slice.windowStart === windowStart) slice.remaining += granted - 1;
    else this.slices.set(draw.holder, { windowStart, remaining: granted - 1 });
  }

  private async forgetOldWindows(): Promise<void> {
    const current = Date.now() - (Date.now() % WINDOW_MS);
    for (const [holder, slice] of this.slices) if (slice.windowStart < current) this.slices.delete(holder);
    await this.dataSource.query(`DELETE FROM rate_limit_bucket WHERE window_start < now() - interval '5 minutes'`);
  }
}

/** 1 (every request counted in the shared bucket) up to 2,000 a minute; 0.1% of the limit above, at most 100. */
export function budgetSliceSize(limitPerMinute: number): number {
  if (limitPerMinute <= EXACT_UP_TO) return 1;
  return Math.min(LARGEST_SLICE, Math.max(1, Math.floor(limitPerMinute / 1000)));
}

/**
 * The CTE an auth statement joins to count a draw: `$found` is the CTE with the project's `id`,
 * `$windowParam`/`$reserveParam` the parameter numbers of the draw's window start and reservation.
 * Select `counted.hits` with `LEFT JOIN counted ON true` (no row when nothing was reserved).
 */
export function countedCte(found: string, projectColumn: string, windowParam: number, reserveParam: number): string {
  return `counted AS (
         INSERT INTO rate_limit_bucket (project_id, window_start, hits)
         SELECT ${projectColumn}, $${windowParam}, $${reserveParam}::int FROM ${found} WHERE $${reserveParam}::int > 0
         ON CONFLICT (project_id, window_start) DO UPDATE SET hits = rate_limit_bucket.hits + excluded.hits
         RETURNING hits)`;
}
