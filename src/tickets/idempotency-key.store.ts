import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Sql, sqlOfPool } from '../common/database/sql.js';

const RETENTION = `interval '24 hours'`;

export interface StoredIdempotencyKey {
  request_hash: string;
  status_code: number | null;
  response_body: unknown;
}

/** The `idempotency_key` rows: claims with a lease, the stored response, the 24-hour retention. */
@Injectable()
export class IdempotencyKeyStore {
  private readonly pool: Sql;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.pool = sqlOfPool(dataSource);
  }

  /**
   * Claims the key for `owner` (true), also over a row past its 24 hours or an unfinished one of the same
   * request whose lease ran out (its process died; its transaction rolled back).
   */
  async claim(
    projectId: string,
    key: string,
    requestHash: string,
    owner: string,
    leaseSeconds: number,
  ): Promise<boolean> {
    const claimed = await this.pool.query(
      `INSERT INTO idempotency_key (project_id, key, request_hash, lease_owner, lease_expires_at)
         VALUES ($1, $2, $3, $4, now() + $5 * interval '1 second')
         ON CONFLICT (project_id, key) DO UPDATE
           SET request_hash = EXCLUDED.request_hash, status_code = NULL, response_body = NULL, created_at = now(),
               lease_owner = EXCLUDED.lease_owner, lease_expires_at = EXCLUDED.lease_expires_at
           WHERE idempotency_key.created_at < now() - ${RETENTION}
              OR (idempotency_key.status_code IS NULL AND idempotency_key.request_hash = EXCLUDED.request_hash
                  AND COALESCE(idempotency_key.lease_expires_at, idempotency_key.created_at + interval '5 minutes')
                    < now())
         RETURNING 1`,
      [projectId, key, requestHash, owner, leaseSeconds],
    );
    return claimed.length > 0;
  }

  async find(projectId: string, key: string): Promise<StoredIdempotencyKey | null> {
    const [row] = await this.pool.query<StoredIdempotencyKey>(
      'SELECT request_hash, status_code, response_body FROM idempotency_key WHERE project_id = $1 AND key = $2',
      [projectId, key],
    );
    return row ?? null;
  }

  /** Stores the response in the operation's transaction; false when `owner` no longer holds the lease. */
  async complete(
    sql: Sql,
    claim: { projectId: string; key: string; owner: string },
    statusCode: number,
    body: unknown,
  ): Promise<boolean> {
    const updated = await sql.query(
      'UPDATE idempotency_key SET status_code = $4, response_body = $5, lease_expires_at = NULL WHERE ' +
        'project_id = $1 AND key = $2 AND lease_owner = $3 AND status_code IS NULL RETURNING 1',
      [claim.projectId, claim.key, claim.owner, statusCode, JSON.stringify(body)],
    );
    return updated.length > 0;
  }

  /** Frees an unfinished claim (nothing was committed). */
  async release(projectId: string, key: string, owner: string): Promise<void> {
    await this.pool.query(
      'DELETE FROM idempotency_key WHERE project_id = $1 AND key = $2 AND lease_owner = $3 AND status_code IS NULL',
      [projectId, key, owner],
    );
  }

  async extendLease(projectId: string, key: string, owner: string, leaseSeconds: number): Promise<void> {
    await this.pool.query(
      `UPDATE idempotency_key SET lease_expires_at = now() + $4 * interval '1 second' WHERE project_id = $1
         AND key = $2 AND lease_owner = $3 AND status_code IS NULL`,
      [projectId, key, owner, leaseSeconds],
    );
  }

  /** Deletes keys past their 24 hours; returns how many. */
  async deleteExpired(): Promise<number> {
    const deleted = await this.pool.query(
      `DELETE FROM idempotency_key WHERE created_at < now() - ${RETENTION} RETURNING 1`,
    );
    return deleted.length;
  }
}
