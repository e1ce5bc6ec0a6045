import { Injectable } from '@nestjs/common';
import type { Sql } from '../common/database/sql.js';

/** The statements that forget one chat within one project (a customer's erasure). */
@Injectable()
export class ChatErasureStore {
  async forget(sql: Sql, projectId: string, channel: string, chatId: string): Promise<void> {
    // Which messenger message became which ticket message, and which bot message belonged to which ticket.
    await sql.query('DELETE FROM chat_inbound_message WHERE channel = $1 AND chat_id = $2 AND project_id = $3', [
      channel,
      chatId,
      projectId,
    ]);
    await sql.query('DELETE FROM chat_ticket_message WHERE channel = $1 AND chat_id = $2 AND project_id = $3', [
      channel,
      chatId,
      projectId,
    ]);
    // The dialogue of a chat talking to this project: its names and any message still waiting in a draft.
    await sql.query(
      `UPDATE messenger_chat SET first_name = NULL, username = NULL, state = 'idle', draft = '{}'
        WHERE channel = $1 AND chat_id = $2 AND project_id = $3`,
      [channel, chatId, projectId],
    );
  }
}
