import { Injectable } from '@nestjs/common';
import type { Sql } from '../common/database/sql.js';

/** The statements of a customer's erasure on their tickets and messages. */
@Injectable()
export class TicketErasureStore {
  /**
   * Every message the customer wrote in their tickets: text and earlier texts cleared, file names cleared,
   * marked erased. Returns the erased messages' ids (for their files).
   */
  async eraseCustomerMessages(sql: Sql, projectId: string, subscriberId: string): Promise<string[]> {
    const rows = await sql.query<{ id: string }>(
      `UPDATE ticket_message m
          SET text = '', edits = '[]', erased_at = now(),
              attachments = coalesce((SELECT jsonb_agg(a || '{"file_name": null}'::jsonb)
                                        FROM jsonb_array_elements(m.attachments) a), '[]'::jsonb)
         FROM ticket t
        WHERE t.id = m.ticket_id AND t.project_id = $1 AND t.subscriber_id = $2 AND m.author = 'customer'
          AND m.erased_at IS NULL
        RETURNING m.id`,
      [projectId, subscriberId],
    );
    return rows.map((row) => row.id);
  }

  /**
   * The customer's tickets stay (for reports) without their chat id and subject (often the first message's
   * words); the search index is rebuilt from what is left (the team's messages). Returns the tickets' ids.
   */
  async detachTickets(sql: Sql, projectId: string, subscriberId: string): Promise<string[]> {
    const rows = await sql.query<{ id: string }>(
      `UPDATE ticket t
          SET chat_id = NULL, subject = NULL,
              search_vector = (SELECT to_tsvector('simple', coalesce(string_agg(m.text, ' '), ''))
                                 FROM ticket_message m WHERE m.ticket_id = t.id AND m.erased_at IS NULL)
        WHERE t.project_id = $1 AND t.subscriber_id = $2
        RETURNING t.id`,
      [projectId, subscriberId],
    );
    return rows.map((row) => row.id);
  }
}
