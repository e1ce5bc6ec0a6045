import { Injectable } from '@nestjs/common';
import type { Sql } from '../common/database/sql.js';
import type { TeamChatStatus } from './team-chat.entities.js';

export interface TeamChatGroupRow {
  project_id: string;
  chat_id: string;
  title: string;
  status: TeamChatStatus;
  linked_at: Date;
  stream_position: string;
}

const GROUP_COLUMNS = 'project_id, chat_id::text AS chat_id, title, status, linked_at, stream_position::text';

/** The statements of `team_chat_group` and `team_chat_link_code`: the project's group and one-time link codes. */
@Injectable()
export class TeamChatStore {
  async insertCode(
    sql: Sql,
    code: { hash: string; projectId: string; kind: 'group' | 'member'; memberId: string | null; expiresAt: Date },
  ): Promise<void> {
    await sql.query(
      `WITH gone AS (DELETE FROM team_chat_link_code WHERE expires_at < now() - interval '1 day')
       INSERT INTO team_chat_link_code (code_hash, project_id, kind, member_id, expires_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [code.hash, code.projectId, code.kind, code.memberId, code.expiresAt],
    );
  }

  /** Uses up a live code of that kind: the project (and member) it links, or null (unknown, used or expired). */
  async takeCode(
    sql: Sql,
    hash: string,
    kind: 'group' | 'member',
  ): Promise<{ project_id: string; member_id: string | null } | null> {
    const [row] = await sql.query<{ project_id: string; member_id: string | null }>(
      `DELETE FROM team_chat_link_code WHERE code_hash = $1 AND kind = $2 AND expires_at > now()
       RETURNING project_id, member_id`,
      [hash, kind],
    );
    return row ?? null;
  }

  async group(sql: Sql, projectId: string): Promise<TeamChatGroupRow | null> {
    const [row] = await sql.query<TeamChatGroupRow>(
      `SELECT ${GROUP_COLUMNS} FROM team_chat_group WHERE project_id = $1`,
      [projectId],
    );
    return row ?? null;
  }

  async groupOfChat(sql: Sql, chatId: string): Promise<TeamChatGroupRow | null> {
    const [row] = await sql.query<TeamChatGroupRow>(`SELECT ${GROUP_COLUMNS} FROM team_chat_group WHERE chat_id = $1`, [
      chatId,
    ]);
    return row ?? null;
  }

  /**
   * Links the group to the project (replacing the project's previous group, and taking the group from a
   * project that had it). The mirror starts after the project's last event: tickets from now on get topics.
   */
  async link(sql: Sql, projectId: string, chatId: string, title: string): Promise<void> {
    await sql.query('DELETE FROM team_chat_group WHERE chat_id = $2 AND project_id <> $1', [projectId, chatId]);
    await sql.query(
      `INSERT INTO team_chat_group (project_id, chat_id, title, status, stream_position)
       VALUES ($1, $2, $3, 'ok',
               (SELECT coalesce(max(stream_position), 0) FROM outbox_event
                 WHERE project_id = $1 AND stream_position IS NOT NULL))
       ON CONFLICT (project_id) DO UPDATE
          SET chat_id = excluded.chat_id, title = excluded.title, status = 'ok', linked_at = now(),
              stream_position = CASE WHEN team_chat_group.chat_id = excluded.chat_id
                                     THEN team_chat_group.stream_position ELSE excluded.stream_position END`,
      [projectId, chatId, title],
    );
  }

  async unlink(sql: Sql, projectId: string): Promise<boolean> {
    const rows = await sql.query('DELETE FROM team_chat_group WHERE project_id = $1 RETURNING project_id', [projectId]);
    return rows.length > 0;
  }

  /** Sets the status of the group of a chat; the projects whose status changed. */
  async setStatusOfChat(sql: Sql, chatId: string, status: TeamChatStatus): Promise<string[]> {
    const rows = await sql.query<{ project_id: string }>(
      `UPDATE team_chat_group SET status = $2 WHERE chat_id = $1 AND status <> $2 RETURNING project_id`,
      [chatId, status],
    );
    return rows.map((row) => row.project_id);
  }

  async setStatus(sql: Sql, projectId: string, status: TeamChatStatus): Promise<void> {
    await sql.query('UPDATE team_chat_group SET status = $2 WHERE project_id = $1', [projectId, status]);
  }

  /** Once an hour per user: true (and the time recorded) when the user was not told in the last hour. */
  async claimNotice(sql: Sql, projectId: string, userId: string): Promise<boolean> {
    const rows = await sql.query(
      `INSERT INTO team_chat_notice (project_id, user_id, told_at) VALUES ($1, $2, now())
       ON CONFLICT (project_id, user_id) DO UPDATE SET told_at = now()
        WHERE team_chat_notice.told_at < now() - interval '1 hour'
       RETURNING user_id`,
      [projectId, userId],
    );
    return rows.length > 0;
  }
}
