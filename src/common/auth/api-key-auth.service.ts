import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Env } from '../../config/env.js';
import { RateLimited } from '../errors/app-error.js';
import { ApiKeyInvalid, ApiKeyMalformed, ApiKeyMissing } from './auth.errors.js';
import { API_KEY_PATTERN, hashApiKey } from './api-key.js';
import { AuthenticatedProject } from './authenticated-project.js';

const WINDOW_MS = 60_000;

/**
 * Resolves the project of an API key and counts the request against the project's per-minute budget in
 * one statement. The count lives in PostgreSQL, so every server process draws from the same budget.
 */
@Injectable()
export class ApiKeyAuthService implements OnModuleInit, OnModuleDestroy {
  private readonly limitPerMinute: number;
  private cleanupTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.limitPerMinute = config.get('RATE_LIMIT_PER_MINUTE', { infer: true });
  }

  onModuleInit(): void {
    this.cleanupTimer = setInterval(() => void this.deleteOldWindows().catch(() => undefined), WINDOW_MS);
    this.cleanupTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanupTimer);
  }

  async authenticate(authorization: string | undefined): Promise<AuthenticatedProject> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) throw new ApiKeyMissing();
    const key = match[1];
    if (!API_KEY_PATTERN.test(key)) throw new ApiKeyMalformed();

    const now = Date.now();
    const windowStart = new Date(now - (now % WINDOW_MS));
    const rows: Array<{ id: string; slug: string; name: string; config_version: string; hits: number }> =
      await this.dataSource.query(
        `WITH found AS (SELECT id, slug, name, config_version FROM project WHERE api_key_hash = $1),
            counted AS (
              INSERT INTO rate_limit_bucket (project_id, window_start, hits)
              SELECT id, $2, 1 FROM found
              ON CONFLICT (project_id, window_start) DO UPDATE SET hits = rate_limit_bucket.hits + 1
              RETURNING hits)
       SELECT found.id, found.slug, found.name, found.config_version, counted.hits FROM found, counted`,
        [hashApiKey(key), windowStart],
      );
    const row = rows[0];
    if (!row) throw new ApiKeyInvalid();
    if (row.hits > this.limitPerMinute) {
      throw new RateLimited(Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now) / 1000)));
    }
    return { id: row.id, slug: row.slug, name: row.name, seenConfigVersion: Number(row.config_version) };
  }

  private async deleteOldWindows(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_bucket WHERE window_start < now() - interval '5 minutes'`);
  }
}
