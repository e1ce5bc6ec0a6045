import { Injectable } from '@nestjs/common';
import { ApiKeyInvalid, ApiKeyMalformed, ApiKeyMissing } from './auth.errors.js';
import { API_KEY_PATTERN, hashApiKey } from './api-key.js';
import { AuthenticatedProject } from './authenticated-project.js';
import { ApiKeyStore } from './api-key.store.js';
import { type BudgetHolder, RateLimitBudget } from './rate-limit-budget.js';

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
    private readonly keys: ApiKeyStore,
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
    const row = await this.keys.findProjectAndCount(keyHash, draw.windowStart, draw.reserve);
    if (!row) throw new ApiKeyInvalid();
    this.budget.settle(draw, row.hits);
    return {
      project: { id: row.id, slug: row.slug, name: row.name, seenConfigVersion: Number(row.config_version) },
      budget,
    };
  }
}
