import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The channel presence changes are announced on; the payload is a PresenceChange as JSON. */
export const PRESENCE_NOTIFY_CHANNEL = 'ticket_presence';

/** One member's presence on a ticket, as announced and listed. */
export interface PresenceChange {
  project_id: string;
  ticket_id: string;
  member_id: string;
  name: string;
  state: 'viewing' | 'typing' | 'left';
  expires_at: string | null;
}

export interface PresentMember {
  member_id: string;
  name: string;
  state: 'viewing' | 'typing';
  expires_at: string;
}

/** The statements of `ticket_presence`; each change NOTIFYs every server process in the same statement. */
@Injectable()
export class TicketPresenceStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Renews the member's presence on the project's ticket for `ttlSeconds` (and drops the ticket's expired
   * rows), announcing it; false when the ticket is not the project's.
   */
  async renew(
    projectId: string,
    ticketId: string,
    member: { id: string; name: string },
    state: 'viewing' | 'typing',
    ttlSeconds: number,
  ): Promise<boolean> {
    const rows: Array<{ announced: number }> = await this.dataSource.query(
      `WITH pruned AS (DELETE FROM ticket_presence WHERE ticket_id = $1 AND expires_at < now() AND member_id <> $3),
       renewed AS (
         INSERT INTO ticket_presence (ticket_id, member_id, project_id, state, expires_at)
         SELECT t.id, $3, t.project_id, $4, now() + $5::int * interval '1 second'
           FROM ticket t WHERE t.id = $1 AND t.project_id = $2
         ON CONFLICT (ticket_id, member_id) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at
         RETURNING project_id, ticket_id, member_id, state, expires_at)
       SELECT count(pg_notify($6, json_build_object(
                'project_id', project_id, 'ticket_id', ticket_id, 'member_id', member_id, 'name', $7::text,
                'state', state, 'expires_at', to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
              )::text))::int AS announced
         FROM renewed`,
      [ticketId, projectId, member.id, state, ttlSeconds, PRESENCE_NOTIFY_CHANNEL, member.name],
    );
    return rows[0]?.announced === 1;
  }

  /** The member left the ticket: the row goes, and `left` is announced; false when the ticket is not the project's. */
  async leave(projectId: string, ticketId: string, member: { id: string; name: string }): Promise<boolean> {
    const rows: Array<{ found: boolean }> = await this.dataSource.query(
      `WITH gone AS (DELETE FROM ticket_presence WHERE ticket_id = $1 AND member_id = $3 AND project_id = $2)
       SELECT EXISTS (SELECT 1 FROM ticket WHERE id = $1 AND project_id = $2) AS found,
              pg_notify($4, json_build_object('project_id', $2::uuid, 'ticket_id', $1::uuid, 'member_id', $3::uuid,
                'name', $5::text, 'state', 'left', 'expires_at', NULL)::text)
        WHERE EXISTS (SELECT 1 FROM ticket WHERE id = $1 AND project_id = $2)`,
      [ticketId, projectId, member.id, PRESENCE_NOTIFY_CHANNEL, member.name],
    );
    return rows[0]?.found === true;
  }

  /** The other members present on the ticket now, by name. */
  async othersOn(ticketId: string, memberId: string): Promise<PresentMember[]> {
    const rows: Array<{ member_id: string; name: string; state: 'viewing' | 'typing'; expires_at: Date }> =
      await this.dataSource.query(
        `SELECT p.member_id, m.name, p.state, p.expires_at FROM ticket_presence p
           JOIN team_member m ON m.id = p.member_id
          WHERE p.ticket_id = $1 AND p.member_id <> $2 AND p.expires_at >= now()
          ORDER BY m.name, p.member_id`,
        [ticketId, memberId],
      );
    return rows.map((row) => ({ ...row, expires_at: row.expires_at.toISOString() }));
  }
}
