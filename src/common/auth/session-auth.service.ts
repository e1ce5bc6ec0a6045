import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SessionInvalid } from './auth.errors.js';
import type { Env } from '../../config/env.js';
import type { MemberRole } from './member-role.js';
import { RateLimited } from '../errors/app-error.js';
import { hashSecretToken } from './secret-token.js';
import type { SignedInMember } from './actor.js';
import type { AuthenticatedProject } from './authenticated-project.js';

const WINDOW_MS = 60_000;

export interface AuthenticatedSession {
  sessionId: string;
  member: SignedInMember;
  project: AuthenticatedProject;
}

/**
 * Resolves a session cookie to its member (current role, read on every request, so a removed member or a
 * changed role takes effect at once) and counts the request against the project's per-minute budget,
 * the same budget the API key draws from, in one statement.
 */
@Injectable()
export class SessionAuthService {
  private readonly limitPerMinute: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.limitPerMinute = config.get('RATE_LIMIT_PER_MINUTE', { infer: true });
  }

  async authenticate(token: string): Promise<AuthenticatedSession> {
    const now = Date.now();
    const windowStart = new Date(now - (now % WINDOW_MS));
    const rows: SessionRow[] = await this.dataSource.query(
      `WITH found AS (
         SELECT s.id AS session_id, m.id AS member_id, m.email, m.name AS member_name, m.role,
                p.id AS project_id, p.slug, p.name AS project_name, p.config_version
         FROM member_session s
         JOIN team_member m ON m.id = s.member_id
         JOIN project p ON p.id = m.project_id
         WHERE s.token_hash = $1 AND s.expires_at > now()),
       counted AS (
         INSERT INTO rate_limit_bucket (project_id, window_start, hits)
         SELECT project_id, $2, 1 FROM found
         ON CONFLICT (project_id, window_start) DO UPDATE SET hits = rate_limit_bucket.hits + 1
         RETURNING hits)
       SELECT found.*, counted.hits FROM found, counted`,
      [hashSecretToken(token), windowStart],
    );
    const row = rows[0];
    if (!row) throw new SessionInvalid();
    if (row.hits > this.limitPerMinute) {
      throw new RateLimited(Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now) / 1000)));
    }
    return {
      sessionId: row.session_id,
      member: { id: row.member_id, email: row.email, name: row.member_name, role: row.role },
      project: {
        id: row.project_id,
        slug: row.slug,
        name: row.project_name,
        seenConfigVersion: Number(row.config_version),
      },
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
  hits: number;
}
