import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The CTE an auth statement joins to count a draw: `found` is the CTE that finds the credential (no
 * row, nothing counted), `$holderParam`/`$windowParam`/`$reserveParam` the parameter numbers of the
 * credential's hash, the draw's window start and reservation. Select `counted.hits` with
 * `LEFT JOIN counted ON true` (no row when nothing was reserved).
 */
export function countedCte(found: string, holderParam: number, windowParam: number, reserveParam: number): string {
  return `counted AS (
         INSERT INTO rate_limit_bucket (holder, window_start, hits)
         SELECT $${holderParam}, $${windowParam}, $${reserveParam}::int FROM ${found} WHERE $${reserveParam}::int > 0
         ON CONFLICT (holder, window_start) DO UPDATE SET hits = rate_limit_bucket.hits + excluded.hits
         RETURNING hits)`;
}

/** The statements of `rate_limit_bucket` besides the auth statements' counting CTE (countedCte). */
@Injectable()
export class RateLimitBucketStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds `hits` to the credential's bucket of the window; returns the bucket's count after. */
  async add(holder: string, windowStart: Date, hits: number): Promise<number> {
    const [row]: Array<{ hits: number }> = await this.dataSource.query(
      `INSERT INTO rate_limit_bucket (holder, window_start, hits) VALUES ($1, $2, $3)
       ON CONFLICT (holder, window_start) DO UPDATE SET hits = rate_limit_bucket.hits + excluded.hits
       RETURNING hits`,
      [holder, windowStart, hits],
    );
    return Number(row.hits);
  }

  /** Takes `hits` back out of the credential's bucket of the window. */
  async giveBack(holder: string, windowStart: Date, hits: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE rate_limit_bucket SET hits = hits - $3 WHERE holder = $1 AND window_start = $2`,
      [holder, windowStart, hits],
    );
  }

  async deleteOldWindows(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_bucket WHERE window_start < now() - interval '5 minutes'`);
  }
}
