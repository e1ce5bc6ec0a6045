import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { ConfigService } from '@nestjs/config';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import {
  IdempotencyInProgress,
  IdempotencyKeyReused,
  IdempotencyLeaseLost,
  InvalidIdempotencyKey,
} from './tickets.errors.js';
import type { Env } from '../config/env.js';
import type { Sql } from '../common/database/sql.js';
import { IdempotencyKeyStore } from './idempotency-key.store.js';

/** Handed to the operation: it stores the response in its own transaction, so result and key commit together. */
export interface IdempotencyClaim {
  complete(sql: Sql, statusCode: number, body: unknown): Promise<void>;
}

export interface IdempotentRequest {
  /** Method and route, e.g. `POST /v1/helpdesk/tickets/<id>/reply`: one key cannot be reused on another route. */
  route: string;
  body: unknown;
}

export interface IdempotentResult<T> {
  statusCode: number;
  body: T;
  replayed: boolean;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
// A client that gets 409 because the first request is still running should look again soon: requests
// finish in milliseconds, and an abandoned key is free once its lease runs out.
const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;
const PURGE_EVERY_MS = 10 * 60_000;

/** JSON with object keys sorted, so the same body hashes the same whatever the key order on the wire. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, inner]) => inner !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * `Idempotency-Key` for ticket creation and replies: per project, kept 24 h.
 * Same key and body → the first status and body replayed; other body → 422; first still running → 409
 * (retryable, Retry-After: 1). The running request holds a lease (IDEMPOTENCY_LEASE_SECONDS, refreshed every
 * third of it), so a key left behind by a crashed process is taken over once the lease runs out.
 */
@Injectable()
export class IdempotencyService {
  private readonly logger = new Logger('Idempotency');

  constructor(
    private readonly keys: IdempotencyKeyStore,
    private readonly config: ConfigService<Env, true>,
  ) {}

  async run<T>(
    project: AuthenticatedProject,
    key: string | undefined,
    request: IdempotentRequest,
    statusCode: number,
    operation: (claim: IdempotencyClaim | undefined) => Promise<T>,
  ): Promise<IdempotentResult<T>> {
    if (key === undefined) return { statusCode, body: await operation(undefined), replayed: false };
    if (!KEY_PATTERN.test(key)) throw new InvalidIdempotencyKey();
    const requestHash = createHash('sha256')
      .update(`${request.route}\n${canonicalJson(request.body)}`)
      .digest('hex');
    const owner = randomUUID();
    const replay = await this.claim(project, key, requestHash, owner);
    if (replay) return { statusCode: replay.statusCode, body: replay.body as T, replayed: true };
    const claim: IdempotencyClaim = {
      complete: async (sql, finalStatus, body) => {
        // Fenced on the lease owner: if this request stalled past its lease and a retry took the key over,
        // its transaction is rolled back rather than committing a second result.
        if (!(await this.keys.complete(sql, { projectId: project.id, key, owner }, finalStatus, body)))
          throw new IdempotencyLeaseLost();
      },
    };
    const heartbeat = this.keepLeaseAlive(project.id, key, owner);
    try {
      return { statusCode, body: await operation(claim), replayed: false };
    } catch (error) {
      // Nothing was committed: free the key so the client can retry (after fixing the request).
      await this.keys.release(project.id, key, owner);
      throw error;
    } finally {
      clearInterval(heartbeat);
    }
  }

  /**
   * Refreshes the claim's lease every third of its length while the request runs, so a slow request keeps
   * its key and a key of a process that died is free at most one lease length after its last refresh.
   */
  private keepLeaseAlive(projectId: string, key: string, owner: string): NodeJS.Timeout {
    const leaseSeconds = this.leaseSeconds;
    const timer = setInterval(
      () => {
        this.keys
          .extendLease(projectId, key, owner, leaseSeconds)
          .catch((error: unknown) =>
            this.logger.warn({ msg: 'refreshing an idempotency lease failed', error: (error as Error).message }),
          );
      },
      (leaseSeconds * 1000) / 3,
    );
    timer.unref();
    return timer;
  }

  private get leaseSeconds(): number {
    return this.config.get('IDEMPOTENCY_LEASE_SECONDS', { infer: true });
  }

  /**
   * Claims the key (returns undefined) or returns the stored response to replay; throws 409/422. A key
   * whose first request is unfinished and whose lease ran out (its process died; its transaction rolled
   * back) is taken over by an identical request.
   */
  private async claim(
    project: AuthenticatedProject,
    key: string,
    requestHash: string,
    owner: string,
  ): Promise<{ statusCode: number; body: unknown } | undefined> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (await this.keys.claim(project.id, key, requestHash, owner, this.leaseSeconds)) return undefined;
      const existing = await this.keys.find(project.id, key);
      // Deleted between the two statements (the first request failed): try to claim again.
      if (!existing) continue;
      if (existing.request_hash !== requestHash) throw new IdempotencyKeyReused();
      if (existing.status_code === null) throw new IdempotencyInProgress(IN_PROGRESS_RETRY_AFTER_SECONDS);
      return { statusCode: existing.status_code, body: existing.response_body };
    }
    throw new IdempotencyInProgress(IN_PROGRESS_RETRY_AFTER_SECONDS);
  }

  async purgeExpired(): Promise<number> {
    return this.keys.deleteExpired();
  }

  @Interval(PURGE_EVERY_MS)
  async purgeOnSchedule(): Promise<void> {
    if (!this.config.get('WORKERS_ENABLED', { infer: true })) return;
    try {
      await this.purgeExpired();
    } catch (error) {
      this.logger.warn({ msg: 'purging expired idempotency keys failed', error: (error as Error).message });
    }
  }
}
