import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MessengerChannel } from '../common/channels.js';
import { type Sql, writeThrough } from '../common/database/sql.js';
import type { Statement } from '../common/database/statement-batch.js';
import type { ChatUser } from './chat-transport.js';
import { ChatTicketMessage } from './chat-ticket-message.entity.js';
import { ChatDraft, ChatLanguage, ChatState, MessengerChat } from './messenger-chat.entity.js';

/** Where a customer's messenger message was stored: its project, ticket and ticket message. */
export interface InboundMessageTarget {
  projectId: string;
  ticketId: string;
  ticketMessageId: string;
}

/** A customer's messenger message and the ticket message it became (chat_inbound_message). */
export interface InboundMessageRow {
  channel: MessengerChannel;
  chatId: string;
  messageId: string;
  projectId: string;
  ticketId: string;
  ticketMessageId: string;
  mediaGroupId: string | null;
  groupHead: boolean;
}

const INSERT_INBOUND = `INSERT INTO chat_inbound_message
         (channel, chat_id, message_id, project_id, ticket_id, ticket_message_id, media_group_id, group_head)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`;

/**
 * The bot's memory of each chat (bound project, dialogue state, language), the bot messages it sent per
 * ticket (chat_ticket_message) and the customer messages stored in tickets (chat_inbound_message).
 */
@Injectable()
export class MessengerChatStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records who wrote (names and language may change) and returns the chat (`chatOfTouch` reads it); writing
   * again unblocks it. A chat whose row already says all that is only read: no write, so no commit to flush,
   * on the statement every message of every customer runs. Sent with the update's claim (handleOnce).
   */
  touchStatement(channel: MessengerChannel, user: ChatUser, language: ChatLanguage): Statement {
    return [
      `WITH stored AS (
       SELECT channel, chat_id, project_id, state, draft, language, first_name, username, blocked_at, updated_at
       FROM messenger_chat WHERE channel = $1 AND chat_id = $2),
     upserted AS (
       INSERT INTO messenger_chat (channel, chat_id, language, first_name, username)
       SELECT $1, $2, $3, $4, $5
       WHERE NOT EXISTS (
         SELECT 1 FROM stored WHERE language = $3 AND first_name IS NOT DISTINCT FROM $4
           AND username IS NOT DISTINCT FROM $5 AND blocked_at IS NULL)
       ON CONFLICT (channel, chat_id) DO UPDATE
         SET language = EXCLUDED.language, first_name = EXCLUDED.first_name, username = EXCLUDED.username,
             blocked_at = NULL, updated_at = now()
       RETURNING channel, chat_id, project_id, state, draft, language, first_name, username, blocked_at, updated_at)
     SELECT * FROM upserted
     UNION ALL
     SELECT * FROM stored WHERE NOT EXISTS (SELECT 1 FROM upserted)`,
      [channel, user.chatId, language, user.firstName, user.username],
    ];
  }

  /** The chat from the rows of `touchStatement`. */
  chatOfTouch(rows: Array<Record<string, unknown>>): MessengerChat {
    return this.dataSource.getRepository(MessengerChat).create({
      channel: rows[0].channel as MessengerChannel,
      chatId: String(rows[0].chat_id),
      projectId: (rows[0].project_id as string | null) ?? null,
      state: rows[0].state as ChatState,
      draft: (rows[0].draft as ChatDraft) ?? {},
      language: rows[0].language as ChatLanguage,
      firstName: rows[0].first_name as string | null,
      username: rows[0].username as string | null,
      blockedAt: null,
    });
  }

  find(channel: MessengerChannel, chatId: string): Promise<MessengerChat | null> {
    return this.dataSource.getRepository(MessengerChat).findOneBy({ channel, chatId });
  }

  async update(
    channel: MessengerChannel,
    chatId: string,
    changes: { projectId?: string | null; state?: ChatState; draft?: ChatDraft },
    manager?: EntityManager,
  ): Promise<void> {
    await (manager ?? this.dataSource.manager).getRepository(MessengerChat).update({ channel, chatId }, changes);
  }

  async markBlocked(channel: MessengerChannel, chatId: string, manager?: EntityManager): Promise<void> {
    // The chat may never have written to the bot (a ticket created through the API): insert it then.
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO messenger_chat (channel, chat_id, blocked_at) VALUES ($1, $2, now())
       ON CONFLICT (channel, chat_id) DO UPDATE SET blocked_at = now()`,
      [channel, chatId],
    );
  }

  /** Remembers that a bot message in a chat belongs to a ticket, so a reply to it goes there. */
  async rememberTicketMessage(
    entry: { channel: MessengerChannel; chatId: string; messageId: string; projectId: string; ticketId: string },
    manager?: EntityManager,
  ): Promise<void> {
    await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(ChatTicketMessage)
      .values(entry)
      .orIgnore()
      .execute();
  }

  /** The project of a ticket the bot wrote about in this chat (the CSAT survey, a reply), or null. */
  async ticketLink(channel: MessengerChannel, chatId: string, ticketId: string): Promise<{ projectId: string } | null> {
    const row = await this.dataSource.getRepository(ChatTicketMessage).findOneBy({ channel, chatId, ticketId });
    return row ? { projectId: row.projectId } : null;
  }

  /** The ticket (in any project) of the bot message a customer replied to, or null. */
  async ticketOfReply(
    channel: MessengerChannel,
    chatId: string,
    messageId: string,
  ): Promise<{ ticketId: string; projectId: string } | null> {
    if (!/^\d+$/.test(messageId)) return null;
    // Only a ticket of a project the chat contacted (as for its open tickets: ticketsOfChatStatement).
    const [row]: Array<{ ticket_id: string; project_id: string }> = await this.dataSource.query(
      `SELECT c.ticket_id, c.project_id
         FROM chat_ticket_message c JOIN ticket t ON t.id = c.ticket_id JOIN subscriber s ON s.id = t.subscriber_id
        WHERE c.channel = $1 AND c.chat_id = $2 AND c.message_id = $3 AND s.contacted_at IS NOT NULL`,
      [channel, chatId, messageId],
    );
    return row ? { ticketId: row.ticket_id, projectId: row.project_id } : null;
  }

  /** Where the first item of an album was stored, or null. */
  async albumHead(
    channel: MessengerChannel,
    chatId: string,
    mediaGroupId: string,
  ): Promise<InboundMessageTarget | null> {
    const [head]: Array<{ project_id: string; ticket_id: string; ticket_message_id: string }> =
      await this.dataSource.query(
        'SELECT project_id, ticket_id, ticket_message_id FROM chat_inbound_message WHERE channel = $1 AND ' +
          'chat_id = $2 AND media_group_id = $3 AND group_head',
        [channel, chatId, mediaGroupId],
      );
    return head ? inboundTargetOf(head) : null;
  }

  /** Where a customer's messenger message was stored, or null. */
  async inboundMessage(
    channel: MessengerChannel,
    chatId: string,
    messageId: string,
  ): Promise<InboundMessageTarget | null> {
    const [row]: Array<{ project_id: string; ticket_id: string; ticket_message_id: string }> =
      await this.dataSource.query(
        'SELECT project_id, ticket_id, ticket_message_id FROM chat_inbound_message WHERE channel = $1 AND ' +
          'chat_id = $2 AND message_id = $3',
        [channel, chatId, messageId],
      );
    return row ? inboundTargetOf(row) : null;
  }

  /** Records a stored customer message (a duplicate is ignored); nothing is read back. */
  recordInbound(sql: Sql, row: InboundMessageRow): Promise<void> {
    return writeThrough(sql, INSERT_INBOUND, inboundParameters(row));
  }

  /** Records a stored customer message now; false when an equal row (an album's head) was there already. */
  async recordInboundReadBack(sql: Sql, row: InboundMessageRow): Promise<boolean> {
    const rows = await sql.query(`${INSERT_INBOUND} RETURNING message_id`, inboundParameters(row));
    return rows.length > 0;
  }
}

function inboundParameters(row: InboundMessageRow): unknown[] {
  return [
    row.channel,
    row.chatId,
    row.messageId,
    row.projectId,
    row.ticketId,
    row.ticketMessageId,
    row.mediaGroupId,
    row.groupHead,
  ];
}

function inboundTargetOf(row: { project_id: string; ticket_id: string; ticket_message_id: string }) {
  return { projectId: row.project_id, ticketId: row.ticket_id, ticketMessageId: row.ticket_message_id };
}
