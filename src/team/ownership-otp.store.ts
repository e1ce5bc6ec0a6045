import { Injectable } from '@nestjs/common';
import type { Sql } from '../common/database/sql.js';

/** The statements of `ownership_otp`: one pending code per owner. */
@Injectable()
export class OwnershipOtpStore {
  /** A new code replaces the owner's previous one (its tries start again). */
  async put(
    sql: Sql,
    otp: { ownerId: string; projectId: string; memberId: string; codeHash: string; ttlMs: number },
  ): Promise<Date> {
    const [row] = await sql.query<{ expires_at: Date }>(
      `INSERT INTO ownership_otp (owner_id, project_id, member_id, code_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + $5::int * interval '1 millisecond')
       ON CONFLICT (owner_id) DO UPDATE
          SET project_id = excluded.project_id, member_id = excluded.member_id, code_hash = excluded.code_hash,
              attempts = 0, expires_at = excluded.expires_at, created_at = now()
       RETURNING expires_at`,
      [otp.ownerId, otp.projectId, otp.memberId, otp.codeHash, otp.ttlMs],
    );
    return row.expires_at;
  }

  /** Uses the code up when it is the live one for this transfer, with tries left: true when it was. */
  async take(sql: Sql, ownerId: string, memberId: string, codeHash: string, maxAttempts: number): Promise<boolean> {
    const rows = await sql.query(
      `DELETE FROM ownership_otp
        WHERE owner_id = $1 AND member_id = $2 AND code_hash = $3 AND expires_at > now() AND attempts < $4
       RETURNING owner_id`,
      [ownerId, memberId, codeHash, maxAttempts],
    );
    return rows.length > 0;
  }

  /** Counts a wrong try on the owner's live code: the tries so far, or null when there is none. */
  async countWrong(sql: Sql, ownerId: string): Promise<number | null> {
    const [row] = await sql.query<{ attempts: number }>(
      `UPDATE ownership_otp SET attempts = attempts + 1 WHERE owner_id = $1 AND expires_at > now() RETURNING attempts`,
      [ownerId],
    );
    return row ? Number(row.attempts) : null;
  }

  async remove(sql: Sql, ownerId: string): Promise<void> {
    await sql.query('DELETE FROM ownership_otp WHERE owner_id = $1', [ownerId]);
  }
}
