import { Injectable } from '@nestjs/common';
import type { Sql } from '../common/database/sql.js';

/** The statements of ticket edits beyond TicketStore's: deletion. */
@Injectable()
export class TicketEditStore {
  /**
   * Deletes the ticket with its messages, history and files (ON DELETE CASCADE). The project's number
   * counter (ticket_number_counter) is untouched, so the number is never given again.
   */
  async delete(sql: Sql, projectId: string, ticketId: string): Promise<boolean> {
    const rows = await sql.query('DELETE FROM ticket WHERE id = $1 AND project_id = $2 RETURNING id', [
      ticketId,
      projectId,
    ]);
    return rows.length > 0;
  }
}
