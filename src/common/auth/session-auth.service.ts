import { Injectable } from '@nestjs/common';
import { SessionInvalid } from './auth.errors.js';
import { hashSecretToken } from './secret-token.js';
import type { SignedInMember } from './actor.js';
import type { AuthenticatedProject } from './authenticated-project.js';
import { type BudgetHolder, RateLimitBudget } from './rate-limit-budget.js';
import { SessionStore } from './session.store.js';

export interface AuthenticatedSession {
  sessionId: string;
  member: SignedInMember;
  project: AuthenticatedProject;
  /** The session's own per-minute budget, which the request was drawn from. */
  budget: BudgetHolder;
}

/**
 * Resolves a session cookie to its member (current role, read on every request, so a removed member or a
 * changed role takes effect at once) and counts the request against the session's own per-minute budget
 * (not the API key's, not another session's), in one statement.
 */
@Injectable()
export class SessionAuthService {
  constructor(
    private readonly sessions: SessionStore,
    private readonly budget: RateLimitBudget,
  ) {}

  async authenticate(token: string): Promise<AuthenticatedSession> {
    const tokenHash = hashSecretToken(token);
    const budget: BudgetHolder = { holder: tokenHash, kind: 'session' };
    const draw = this.budget.draw(budget);
    const row = await this.sessions.findAndCount(tokenHash, draw.windowStart, draw.reserve);
    if (!row) throw new SessionInvalid();
    this.budget.settle(draw, row.hits);
    return {
      sessionId: row.session_id,
      member: { id: row.member_id, email: row.email, name: row.member_name, role: row.role },
      project: {
        id: row.project_id,
        slug: row.slug,
        name: row.project_name,
        seenConfigVersion: Number(row.config_version),
      },
      budget,
    };
  }
}
