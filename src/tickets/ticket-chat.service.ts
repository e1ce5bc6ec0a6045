import { UnitOfWork } from '../common/database/unit-of-work.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUuid } from '../common/ids.js';
import { SettingsService } from '../settings/settings.service.js';
import type { TicketMessageResponse } from './dto/ticket-response.dto.js';
import { emptyChange } from './ticket-change.js';
import type { MessageDeliveryError } from './ticket-enums.js';
import type { ChangeOptions, ChatTicketRow } from './ticket-inputs.js';
import type { MessageAttachment } from './ticket-message.entity.js';
import { TicketStore } from './ticket.store.js';
import { sqlOfManager, sqlOfPool } from '../common/database/sql.js';
import { toTicketMessageResponse } from './ticket.mapper.js';
import { TicketNotFound } from './tickets.errors.js';
import { TicketWriter } from './ticket-writer.service.js';
import { type Channel } from '../common/channels.js';

/** What a messenger conversation needs of tickets beyond creating them and adding messages. */
@Injectable()
export class TicketChatService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly writer: TicketWriter,
    private readonly settings: SettingsService,
    private readonly tickets: TicketStore,
  ) {}

  /**
   * More files for a customer message already stored (the later items of a messenger album), and its
   * text when the first item had none. Fires nothing: the message was announced when it arrived.
   */
  async appendToCustomerMessage(
    project: AuthenticatedProject,
    ticketId: string,
    messageId: string,
    input: { text: string | null; attachments: MessageAttachment[] },
    options: Pick<ChangeOptions, 'withMessage'>,
  ): Promise<void> {
    await this.unitOfWork.write(async (tx) => {
      const ticket = await this.writer.load(project, tx, ticketId, true);
      if ((await this.tickets.appendToCustomerMessage(tx, ticket.id, messageId, input)) === null)
        throw new TicketNotFound();
      await options.withMessage?.(tx, { id: messageId, ticketId: ticket.id, projectId: project.id });
      if (input.text) {
        const settings = await this.settings.get(project, tx);
        await this.writer.commit(project, tx, ticket, { ...emptyChange(), searchText: input.text }, settings);
      }
    });
  }

  /** The customer edited a message in the messenger: new text, the previous one kept in `edits`. */
  async editCustomerMessage(
    project: AuthenticatedProject,
    ticketId: string,
    messageId: string,
    text: string,
  ): Promise<TicketMessageResponse | null> {
    return this.unitOfWork.write(async (tx) => {
      const ticket = await this.writer.load(project, tx, ticketId, true);
      const message = await this.tickets.findCustomerMessage(tx, ticket.id, messageId);
      if (!message || message.text === text) return null;
      const editedAt = new Date();
      message.edits = [...(message.edits ?? []), { text: message.text, replaced_at: editedAt.toISOString() }];
      message.text = text;
      message.editedAt = editedAt;
      await this.tickets.updateMessageText(tx, message);
      const settings = await this.settings.get(project, tx);
      await this.writer.commit(project, tx, ticket, { ...emptyChange(), searchText: text }, settings);
      return toTicketMessageResponse(message);
    });
  }

  /** The last public messages of a ticket (no internal notes), oldest first: the customer's view in the bot. */
  async lastPublicMessages(
    project: AuthenticatedProject,
    ticketId: string,
    limit: number,
  ): Promise<TicketMessageResponse[]> {
    const ticket = await this.writer.load(project, sqlOfPool(this.dataSource), ticketId);
    const messages = await this.tickets.lastPublicMessagesOf(ticket.id, limit);
    return messages.reverse().map(toTicketMessageResponse);
  }

  /**
   * Tickets of one messenger chat in every project the chat contacted: open ones, and those closed within
   * `closedWithinDays` (0: open only). The bot routes customer messages and lists "my tickets" from this; a
   * ticket the API opened for a chat that never contacted its project is not the chat's (one bot serves
   * every project, so it must not capture the customer's next message).
   */
  async findTicketsOfChat(channel: Channel, chatId: number, closedWithinDays = 0): Promise<ChatTicketRow[]> {
    return ticketsOfChatRows(await this.tickets.ticketsOfChat(channel, chatId, closedWithinDays));
  }

  /**
   * Records the outcome of a chat delivery (messenger workers), with why it failed. Only messages queued for
   * a chat change.
   */
  async markMessageDelivery(
    projectId: string,
    messageId: string,
    delivery: 'sent' | 'failed',
    manager: EntityManager = this.dataSource.manager,
    deliveryError: MessageDeliveryError | null = null,
  ): Promise<boolean> {
    if (!isUuid(messageId)) return false;
    const error = delivery === 'failed' ? deliveryError : null;
    return this.tickets.markDelivery(sqlOfManager(manager), projectId, messageId, delivery, error);
  }
}

export function ticketsOfChatRows(rows: Array<Record<string, any>>): ChatTicketRow[] {
  return rows.map((row) => ({
    id: row.id,
    projectId: row.project_id,
    projectName: row.project_name,
    project: {
      id: row.project_id,
      slug: row.project_slug,
      name: row.project_name,
      seenConfigVersion: Number(row.project_config_version),
    },
    ticketNumber: row.ticket_number,
    subject: row.subject,
    status: row.status,
    subscriberId: row.subscriber_id,
    subscriberBlocked: row.subscriber_blocked,
    customerBlocked: row.customer_blocked === true,
  }));
}
