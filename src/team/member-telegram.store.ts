import { Injectable } from '@nestjs/common';
import type { MemberRole } from '../common/auth/member-role.js';
import type { Sql } from '../common/database/sql.js';

export interface MemberTelegramRow {
  member_id: string;
  user_id: string;
  username: string | null;
  notify_assigned: boolean;
  notify_customer_replied: boolean;
}

/** A linked Telegram user as a member of a project: who they are there and what they may do. */
export interface LinkedMemberRow extends MemberTelegramRow {
  name: string;
  role: MemberRole;
}

const COLUMNS = 'member_id, user_id::text AS user_id, username, notify_assigned, notify_customer_replied';

/** The statements of `team_member_telegram`: members' own Telegram accounts and notification switches. */
@Injectable()
export class MemberTelegramStore {
  /** Links the user to the member; the user's link to another member of the project moves here. */
  async link(sql: Sql, projectId: string, memberId: string, userId: string, username: string | null): Promise<void> {
    await sql.query('DELETE FROM team_member_telegram WHERE project_id = $1 AND user_id = $3 AND member_id <> $2', [
      projectId,
      memberId,
      userId,
    ]);
    await sql.query(
      `INSERT INTO team_member_telegram (member_id, project_id, user_id, username) VALUES ($2, $1, $3, $4)
       ON CONFLICT (member_id) DO UPDATE SET user_id = excluded.user_id, username = excluded.username,
                                             linked_at = now()`,
      [projectId, memberId, userId, username],
    );
  }

  async unlink(sql: Sql, projectId: string, memberId: string): Promise<boolean> {
    const rows = await sql.query(
      'DELETE FROM team_member_telegram WHERE project_id = $1 AND member_id = $2 RETURNING member_id',
      [projectId, memberId],
    );
    return rows.length > 0;
  }

  ofProject(sql: Sql, projectId: string): Promise<MemberTelegramRow[]> {
    return sql.query<MemberTelegramRow>(`SELECT ${COLUMNS} FROM team_member_telegram WHERE project_id = $1`, [
      projectId,
    ]);
  }

  async ofMember(sql: Sql, projectId: string, memberId: string): Promise<MemberTelegramRow | null> {
    const [row] = await sql.query<MemberTelegramRow>(
      `SELECT ${COLUMNS} FROM team_member_telegram WHERE project_id = $1 AND member_id = $2`,
      [projectId, memberId],
    );
    return row ?? null;
  }

  /** The member a Telegram user is linked to in the project, with their role. */
  async byUser(sql: Sql, projectId: string, userId: string): Promise<LinkedMemberRow | null> {
    const [row] = await sql.query<LinkedMemberRow>(
      `SELECT t.member_id, t.user_id::text AS user_id, t.username, t.notify_assigned, t.notify_customer_replied,
              m.name, m.role
         FROM team_member_telegram t JOIN team_member m ON m.id = t.member_id
        WHERE t.project_id = $1 AND t.user_id = $2`,
      [projectId, userId],
    );
    return row ?? null;
  }

  /** Every member this Telegram user is linked to, in any project, with the project's name. */
  async everyMemberOfUser(
    sql: Sql,
    userId: string,
  ): Promise<Array<{ project_id: string; project_name: string; member_id: string }>> {
    return sql.query(
      `SELECT t.project_id, p.name AS project_name, t.member_id
         FROM team_member_telegram t JOIN project p ON p.id = t.project_id
        WHERE t.user_id = $1 ORDER BY p.name, t.project_id`,
      [userId],
    );
  }

  async setNotifications(
    sql: Sql,
    projectId: string,
    memberId: string,
    switches: { assigned: boolean; customerReplied: boolean },
  ): Promise<boolean> {
    const rows = await sql.query(
      `UPDATE team_member_telegram SET notify_assigned = $3, notify_customer_replied = $4
        WHERE project_id = $1 AND member_id = $2 RETURNING member_id`,
      [projectId, memberId, switches.assigned, switches.customerReplied],
    );
    return rows.length > 0;
  }
}
