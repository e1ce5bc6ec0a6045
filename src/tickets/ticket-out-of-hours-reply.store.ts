import { Injectable } from '@nestjs/common';
import { type Sql } from '../common/database/sql.js';

/** The ticket_out_of_hours_reply markers: which tickets already had their out-of-hours reply. */
@Injectable()
export class TicketOutOfHoursReplyStore {
  async exists(sql: Sql, ticketId: string): Promise<boolean> {
    const rows = await sql.query('SELECT 1 FROM ticket_out_of_hours_reply WHERE ticket_id = $1', [ticketId]);
    return rows.length > 0;
  }

  /** Records the reply; false when the ticket already had one. */
  async mark(sql: Sql, ticketId: string, projectId: string, messageId: string): Promise<boolean> {
    const marked = await sql.query(
      `INSERT INTO ticket_out_of_hours_reply (ticket_id, project_id, message_id) VALUES ($1, $2, $3)
         ON CONFLICT (ticket_id) DO NOTHING RETURNING ticket_id`,
      [ticketId, projectId, messageId],
    );
    return marked.length > 0;
  }
}
