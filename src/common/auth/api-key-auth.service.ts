import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runStatementBatch } from '../database/statement-batch.js';
import { ApiKeyInvalid, ApiKeyMalformed, ApiKeyMissing } from './auth.errors.js';
import { API_KEY_PATTERN, hashApiKey } from './api-key.js';
import { AuthenticatedProject } from './authenticated-project.js';
import { type BudgetHolder, countedCte, RateLimitBudget } from './rate-limit-budget.js';

export interface AuthenticatedKey {
  project: AuthenticatedProject;
  /** The key's own per-minute budget, which the request was drawn from. */
  budget: BudgetHolder;
}

/**
 * Resolves the project of an API key and draws the request from the key's per-minute budget in one
 * statement. The count lives in PostgreSQL, so every server process draws from the same budget.
 */
@Injectable()
export class ApiKeyAuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budget: RateLimitBudget,
  ) {}

  async authenticate(authorization: string | undefined): Promise<AuthenticatedKey> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) throw new ApiKeyMissing();
    const key = match[1];
    if (!API_KEY_PATTERN.test(key)) throw new ApiKeyMalformed();

    const keyHash = hashApiKey(key);
    const budget: BudgetHolder = { holder: keyHash, kind: 'key' };
    const draw = this.budget.draw(budget);
    // A prepared statement of the connection (runStatementBatch): every API request runs it.
    const [rows] = (await runStatementBatch(this.dataSource, [
      [
        `WITH found AS (SELECT id, slug, name, config_version FROM project WHERE api_key_hash = $1),
            ${countedCte('found', 1, 2, 3)}
       SELECT found.id, found.slug, found.name, found.config_version, counted.hits
       FROM found LEFT JOIN counted ON true`,
        [keyHash, draw.windowStart, draw.reserve],
      ],
    ])) as Array<Array<{ id: string; slug: string; name: string; config_version: string; hits: number | null }>>;
    const row = rows[0];
    if (!row) throw new ApiKeyInvalid();
    this.budget.settle(draw, row.hits);
    return {
      project: { id: row.id, slug: row.slug, name: row.name, seenConfigVersion: Number(row.config_version) },
      budget,
    };
  }
}
