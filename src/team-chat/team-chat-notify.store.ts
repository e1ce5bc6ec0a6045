import { Injectable } from '@nestjs/common';
import type { Sql } from '../common/database/sql.js';

export interface NotifyPositionRow {
  project_id: string;
  stream_position: string;
}

/** The statements of `team_chat_notify_position`: where members' private notifications are in the stream. */
@Injectable()
export class TeamChatNotifyStore {
  /** Starts the project's notifications after its last event (once: the first linked member). */
  async start(sql: Sql, projectId: string): Promise<void> {
    await sql.query(
      `INSERT INTO team_chat_notify_position (project_id, stream_position)
       VALUES ($1, (SELECT coalesce(max(stream_position), 0) FROM outbox_event
                     WHERE project_id = $1 AND stream_position IS NOT NULL))
       ON CONFLICT (project_id) DO NOTHING`,
      [projectId],
    );
  }

  /** Projects with events past their position and not leased elsewhere, now leased by this process. */
  leaseDue(sql: Sql, leaseMs: number, projectId?: string): Promise<NotifyPositionRow[]> {
    return sql.query<NotifyPositionRow>(
      `UPDATE team_chat_notify_position n SET lease_until = now() + $1::int * interval '1 millisecond'
        WHERE (n.lease_until IS NULL OR n.lease_until < now()) AND ($2::uuid IS NULL OR n.project_id = $2::uuid)
          AND EXISTS (SELECT 1 FROM outbox_event o WHERE o.project_id = n.project_id
                         AND o.stream_position > n.stream_position AND o.stream_position IS NOT NULL)
       RETURNING n.project_id, n.stream_position::text AS stream_position`,
      [leaseMs, projectId ?? null],
    );
  }

  async advance(sql: Sql, projectId: string, position: string): Promise<void> {
    await sql.query(
      'UPDATE team_chat_notify_position SET stream_position = $2 WHERE project_id = $1 AND stream_position < $2',
      [projectId, position],
    );
  }

  /** Ends the lease now (0) or keeps the project from every process for `ms` (Telegram asked to wait). */
  async release(sql: Sql, projectId: string, holdMs = 0): Promise<void> {
    await sql.query(
      `UPDATE team_chat_notify_position
          SET lease_until = CASE WHEN $2::int > 0 THEN now() + $2::int * interval '1 millisecond' END
        WHERE project_id = $1`,
      [projectId, holdMs],
    );
  }
}
