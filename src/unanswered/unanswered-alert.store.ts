import { Injectable } from '@nestjs/common';
import { type Sql } from '../common/database/sql.js';

// Any constant; the same in every process, so only one process runs the check at a time.
const UNANSWERED_CHECK_LOCK_KEY = 728_310_005;

/** A ticket waiting for an answer past its project's threshold, with its newest customer message. */
export interface DueTicket {
  ticket_id: string;
  project_id: string;
  slug: string;
  name: string;
  message_id: string;
}

/** The reads and the ticket_unanswered_alert markers of the unanswered-ticket check. */
@Injectable()
export class UnansweredAlertStore {
  /** Takes the check's transaction-scoped advisory lock; false when another process holds it. */
  async tryLockCheck(sql: Sql): Promise<boolean> {
    const [{ locked }] = await sql.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [
      UNANSWERED_CHECK_LOCK_KEY,
    ]);
    return locked;
  }

  /**
   * Tickets in new/in_progress whose last message is the customer's, older than the project's
   * unanswered_hours, and not yet announced for that message; the longest-waiting first.
   */
  listDue(sql: Sql, limit: number): Promise<DueTicket[]> {
    return sql.query<DueTicket>(
      `SELECT t.id AS ticket_id, p.id AS project_id, p.slug, p.name, last_customer.id AS message_id
           FROM ticket t
           JOIN helpdesk_settings s ON s.project_id = t.project_id
           JOIN project p ON p.id = t.project_id
           JOIN LATERAL (
                SELECT m.id FROM ticket_message m
                 WHERE m.ticket_id = t.id AND m.author = 'customer'
                 ORDER BY m.created_at DESC, m.id DESC LIMIT 1) last_customer ON true
           LEFT JOIN ticket_unanswered_alert alert ON alert.ticket_id = t.id
          WHERE t.status IN ('new', 'in_progress')
            AND t.last_message_from = 'customer'
            AND s.unanswered_hours IS NOT NULL
            AND t.last_message_at < now() - s.unanswered_hours * interval '1 hour'
            AND alert.message_id IS DISTINCT FROM last_customer.id
          ORDER BY t.last_message_at
          LIMIT $1`,
      [limit],
    );
  }

  /** Records that the ticket was announced for this customer message; false when it already was. */
  async markAlerted(sql: Sql, ticket: DueTicket): Promise<boolean> {
    const marked = await sql.query(
      `INSERT INTO ticket_unanswered_alert (ticket_id, project_id, message_id) VALUES ($1, $2, $3)
           ON CONFLICT (ticket_id) DO UPDATE SET message_id = EXCLUDED.message_id, alerted_at = now()
            WHERE ticket_unanswered_alert.message_id IS DISTINCT FROM EXCLUDED.message_id
           RETURNING ticket_id`,
      [ticket.ticket_id, ticket.project_id, ticket.message_id],
    );
    return marked.length > 0;
  }
}
