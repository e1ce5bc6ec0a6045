import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Sql, writeThrough } from '../common/database/sql.js';
import type { MessageDelivery } from './ticket-enums.js';
import { TicketMessage } from './ticket-message.entity.js';

/** The out-of-hours reply of a ticket: its system message, and the marker that it had one. */
@Injectable()
export class TicketOutOfHoursReplyStore {
  async exists(sql: Sql, ticketId: string): Promise<boolean> {
    const rows = await sql.query('SELECT 1 FROM ticket_out_of_hours_reply WHERE ticket_id = $1', [ticketId]);
    return rows.length > 0;
  }

  /**
   * The reply as a public system message, and its marker, in the commit round trip when in a counted write
   * (after the ticket and the customer's message it answers). Stamped with clock_timestamp(), not the
   * transaction's start that the customer's message has, so it sorts after that message.
   */
  async insertReply(sql: Sql, projectId: string, ticketId: string, text: string, delivery: MessageDelivery | null) {
    const id = randomUUID();
    await writeThrough(
      sql,
      `INSERT INTO ticket_message (id, ticket_id, author, text, internal, attachments, delivery, created_at)
       VALUES ($1, $2, 'system', $3, false, '[]', $4, clock_timestamp())`,
      [id, ticketId, text, delivery],
    );
    await writeThrough(
      sql,
      `INSERT INTO ticket_out_of_hours_reply (ticket_id, project_id, message_id) VALUES ($1, $2, $3)
         ON CONFLICT (ticket_id) DO NOTHING`,
      [ticketId, projectId, id],
    );
    return Object.assign(new TicketMessage(), {
      id,
      ticketId,
      author: 'system' as const,
      memberId: null,
      text,
      internal: false,
      attachments: [],
      delivery,
      deliveryError: null,
      editedAt: null,
      edits: [],
      createdAt: new Date(),
    });
  }
}
