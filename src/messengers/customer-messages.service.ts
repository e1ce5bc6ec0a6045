import { Injectable } from '@nestjs/common';
import type { Sql } from '../common/database/sql.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { MessageAttachment } from '../attachments/attachment-kinds.js';
import { AttachmentStorageService, describeInbound } from '../attachments/attachment-storage.service.js';
import { ProjectsService, toAuthenticated } from '../projects/projects.service.js';
import { TicketChatService } from '../tickets/ticket-chat.service.js';
import type { StoredMessageRef } from '../tickets/ticket-inputs.js';
import { TicketsService } from '../tickets/tickets.service.js';
import type { DraftMessage } from './messenger-chat.entity.js';
import { type MessengerChannel } from '../common/channels.js';
import { AlbumHeadTaken } from './messengers.errors.js';
import { MessengerChatStore } from './messenger-chat.store.js';
import { SubscribersService } from '../subscribers/subscribers.service.js';

/** A customer message ready for TicketsService: its text, its files' metadata, and what commits with it. */
export interface PreparedCustomerMessage {
  text: string;
  attachments: MessageAttachment[];
  withMessage: (sql: Sql, message: StoredMessageRef) => Promise<void>;
  /** Outside an album nothing of `withMessage` is read back: it can all wait for the commit round trip. */
  withMessageWritesOnly: boolean;
}

/** A media message without a caption still needs text: its kind in brackets (`[photo]`). */
export function customerMessageText(message: DraftMessage): string {
  if (message.text.trim()) return message.text;
  const attachment = message.attachments[0];
  return attachment ? `[${attachment.type}]` : '';
}

/**
 * Customer messages from any messenger, stored in tickets with their files: the files' rows and the
 * messenger's message id commit together with the ticket message; later album items join the first
 * item's message; an edit in the messenger updates the stored text and keeps the old one.
 */
@Injectable()
export class CustomerMessagesService {
  constructor(
    private readonly chats: MessengerChatStore,
    private readonly tickets: TicketsService,
    private readonly ticketChats: TicketChatService,
    private readonly storage: AttachmentStorageService,
    private readonly projects: ProjectsService,
    private readonly subscribers: SubscribersService,
  ) {}

  prepare(channel: MessengerChannel, chatId: string, message: DraftMessage): PreparedCustomerMessage {
    const files = describeInbound(message.attachments);
    return {
      text: customerMessageText(message),
      attachments: files.map(({ fileRef: _fileRef, ...attachment }) => attachment),
      withMessage: async (sql, stored) => {
        await this.storage.recordInbound(
          stored.projectId,
          sql,
          { ticketId: stored.ticketId, messageId: stored.id, channel },
          files,
        );
        await this.rememberInbound(sql, channel, chatId, message, stored, Boolean(message.mediaGroupId));
        if (/^-?\d+$/.test(chatId)) await this.subscribers.touchSeen(stored.projectId, sql, channel, Number(chatId));
      },
      withMessageWritesOnly: !message.mediaGroupId,
    };
  }

  /** Adds a message to an existing ticket (reopening a waiting or closed one, firing ticket.replied). */
  async append(
    project: AuthenticatedProject,
    channel: MessengerChannel,
    chatId: string,
    ticketId: string,
    message: DraftMessage,
  ): Promise<void> {
    const prepared = this.prepare(channel, chatId, message);
    await this.tickets.addCustomerMessage(
      project,
      ticketId,
      { text: prepared.text, attachments: prepared.attachments },
      { source: 'bot', withMessage: prepared.withMessage, withMessageWritesOnly: prepared.withMessageWritesOnly },
    );
  }

  /**
   * A later item of an album whose first item is stored already: added to that message. False when there is none yet.
   */
  async appendToAlbum(channel: MessengerChannel, chatId: string, message: DraftMessage): Promise<boolean> {
    if (!message.mediaGroupId) return false;
    const head = await this.chats.albumHead(channel, chatId, message.mediaGroupId);
    if (!head) return false;
    const project = toAuthenticated(await this.projects.get(head.projectId));
    const files = describeInbound(message.attachments);
    await this.ticketChats.appendToCustomerMessage(
      project,
      head.ticketId,
      head.ticketMessageId,
      {
        text: message.text.trim() ? message.text : null,
        attachments: files.map(({ fileRef: _fileRef, ...attachment }) => attachment),
      },
      {
        withMessage: async (sql, stored) => {
          await this.storage.recordInbound(
            stored.projectId,
            sql,
            { ticketId: stored.ticketId, messageId: stored.id, channel },
            files,
          );
          await this.rememberInbound(sql, channel, chatId, message, stored, false);
        },
      },
    );
    return true;
  }

  /** The customer edited a message in the messenger. False when that message is not stored in a ticket. */
  async edit(channel: MessengerChannel, chatId: string, messageId: string, text: string): Promise<boolean> {
    const row = await this.chats.inboundMessage(channel, chatId, messageId);
    if (!row) return false;
    // A caption removed from a photo leaves the photo: nothing to record as text.
    if (!text.trim()) return true;
    const project = toAuthenticated(await this.projects.get(row.projectId));
    await this.ticketChats.editCustomerMessage(project, row.ticketId, row.ticketMessageId, text);
    return true;
  }

  private async rememberInbound(
    sql: Sql,
    channel: MessengerChannel,
    chatId: string,
    message: DraftMessage,
    stored: StoredMessageRef,
    groupHead: boolean,
  ): Promise<void> {
    if (!message.messageId) return;
    const row = {
      channel,
      chatId,
      messageId: message.messageId,
      projectId: stored.projectId,
      ticketId: stored.ticketId,
      ticketMessageId: stored.id,
      mediaGroupId: message.mediaGroupId ?? null,
      groupHead,
    };
    // Only an album's first item reads the outcome back (see below).
    if (!groupHead) return this.chats.recordInbound(sql, row);
    // The unique group-head index lost to a concurrent item of the same album: roll back, so the update
    // is redelivered and then joins the message that won.
    if (!(await this.chats.recordInboundReadBack(sql, row))) throw new AlbumHeadTaken();
  }
}
