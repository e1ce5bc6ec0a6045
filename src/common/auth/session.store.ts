import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runStatementBatch } from '../database/statement-batch.js';
import type { MemberRole } from './member-role.js';
import { countedCte } from './rate-limit-bucket.store.js';

export interface SessionRow {
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

/** The lookup of every console request: an unexpired session with its member and project. */
@Injectable()
export class SessionStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The session of a cookie's hash, with `reserve` hits added to its bucket of the window in the same statement. */
  async findAndCount(tokenHash: string, windowStart: Date, reserve: number): Promise<SessionRow | undefined> {
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
        [tokenHash, windowStart, reserve],
      ],
    ])) as unknown as SessionRow[][];
    return rows[0];
  }
}
