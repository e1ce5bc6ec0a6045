import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runStatementBatch } from '../database/statement-batch.js';
import { SessionInvalid } from './auth.errors.js';
import type { MemberRole } from './member-role.js';
import { hashSecretToken } from './secret-token.js';
import type { SignedInMember } from './actor.js';
import type { AuthenticatedProject } from './authenticated-project.js';
import { type BudgetHolder, countedCte, RateLimitBudget } from './rate-limit-budget.js';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budget: RateLimitBudget,
  ) {}

  async authenticate(token: string): Promise<AuthenticatedSession> {
    const tokenHash = hashSecretToken(token);
    const budget: BudgetHolder = { holder: tokenHash, kind: 'session' };
    const draw = this.budget.draw(budget);
    // A prepared statement of the connection (runStatementBatch): every console request runs it.
    const [rows] = (await runStatementBatch(this.dataSource, [
      [
        `WITH found AS (
         SELECT s.id AS session_id, m.id AS member_id, m.email, m.name AS member_name, m.role,
                p.id AS project_id, p.slug, p.name AS project_name, p.config_version
         FROM member_session s
         JOIN team_member m ON m.id = s.member_id
         JOIN project p ON p.id = m.project_id
         WHERE s.token_hash = $1 AND s.expires_at > now()),
       ${countedCte('found', 1, 2, 3)}
       SELECT found.*, counted.hits FROM found LEFT JOIN counted ON true`,
        [tokenHash, draw.windowStart, draw.reserve],
      ],
    ])) as unknown as SessionRow[][];
    const row = rows[0];
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

interface SessionRow {
  session_id: string;
  member_id: string;
  email: string;
  member_name: string;
  role: MemberRole;
  project_id: string;
  slug: string;
  project_name: string;
  config_version: string;
  hits: number | null;
}
