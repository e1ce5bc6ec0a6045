import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { Sql } from '../common/database/sql.js';
import { Clock } from '../common/clock.js';
import { AppError } from '../common/errors/app-error.js';
import { SettingsService } from '../settings/settings.service.js';
import type { HelpdeskSettings, LocalizedText } from '../settings/helpdesk-settings.entity.js';
import { isBusinessTime } from '../sla/business-time.js';
import { slaThresholdsOf } from './sla.js';
import { type Announcement, emptyChange, planStatus } from './ticket-change.js';
import { toTicketMessageResponse, toTicketResponse } from './ticket.mapper.js';
import type { Ticket } from './ticket.entity.js';
import { TicketStore } from './ticket.store.js';
import { TicketWriter } from './ticket-writer.service.js';
import { TicketOutOfHoursReplyStore } from './ticket-out-of-hours-reply.store.js';

/**
 * The ticket writes of the automation checks (src/automations/), each in the caller's transaction and on a
 * ticket it locks and checks again, so a check that raced an agent's change does nothing.
 */
@Injectable()
export class TicketAutomations {
  constructor(
    private readonly writer: TicketWriter,
    private readonly tickets: TicketStore,
    private readonly settings: SettingsService,
    private readonly outOfHoursReplies: TicketOutOfHoursReplyStore,
    private readonly clock: Clock,
  ) {}

  /**
   * Called in the transaction that stored a customer's message (a new ticket or a message in one, the
   * ticket locked): outside business hours, the ticket's one out-of-hours reply when the project has one.
   * Its rows go in the commit round trip, after the ticket's own (a new ticket is inserted there).
   */
  async afterCustomerMessage(
    project: AuthenticatedProject,
    sql: Sql,
    ticket: Ticket,
    settings: HelpdeskSettings,
  ): Promise<void> {
    const texts = settings.outOfHoursReply;
    if (!texts || !settings.businessHours || isBusinessTime(this.clock.now(), settings.businessHours)) return;
    if (await this.outOfHoursReplies.exists(sql, ticket.id)) return;
    await this.writeOutOfHoursReply(project, sql, ticket, texts, settings);
  }

  /**
   * Closes a `waiting` ticket the check found quiet (history source `auto`, an internal system note saying
   * why, `ticket.closed`, the close message and CSAT survey to the chat). False when the ticket moved on
   * meanwhile: no longer waiting, or a message came after the one the check saw (`lastMessageAt`).
   */
  async closeQuietWaiting(
    project: AuthenticatedProject,
    sql: Sql,
    ticketId: string,
    lastMessageAt: Date | null,
    note: string,
  ): Promise<boolean> {
    const ticket = await this.writer.load(project, sql, ticketId, true);
    if (ticket.status !== 'waiting' || ticket.lastMessageAt?.getTime() !== lastMessageAt?.getTime()) return false;
    const settings = await this.settings.get(project, sql);
    await this.tickets.insertSystemNote(sql, ticket.id, note);
    const change = emptyChange();
    planStatus(ticket, 'closed', 'auto', change);
    await this.writer.commit(project, sql, ticket, change, settings);
    return true;
  }

  /**
   * The out-of-hours auto-reply: a public system message in the customer's language (ru for `ru`, else en),
   * sent to the chat through the outbox like an agent's reply but never charged, and not a first reply (the
   * SLA still waits for a person). Null when the ticket was closed meanwhile.
   */
  async sendOutOfHoursReply(
    project: AuthenticatedProject,
    sql: Sql,
    ticketId: string,
    texts: LocalizedText,
  ): Promise<string | null> {
    const ticket = await this.writer.load(project, sql, ticketId, true);
    if (ticket.status === 'closed' || (await this.outOfHoursReplies.exists(sql, ticket.id))) return null;
    return this.writeOutOfHoursReply(project, sql, ticket, texts, await this.settings.get(project, sql));
  }

  private async writeOutOfHoursReply(
    project: AuthenticatedProject,
    sql: Sql,
    ticket: Ticket,
    texts: LocalizedText,
    settings: HelpdeskSettings,
  ): Promise<string> {
    const toChat = this.reachesChat(ticket);
    const text = ticket.subscriber?.lang?.toLowerCase().startsWith('ru') ? texts.ru : texts.en;
    const delivery = toChat ? 'pending' : null;
    const message = await this.outOfHoursReplies.insertReply(sql, project.id, ticket.id, text, delivery);
    const announcements: Announcement[] = [{ kind: 'replied', message: toTicketMessageResponse(message) }];
    if (toChat) announcements.push({ kind: 'chat_message', message });
    const response = toTicketResponse(ticket, slaThresholdsOf(settings));
    await this.writer.announce(project, sql, ticket, response, settings, announcements);
    return message.id;
  }

  private reachesChat(ticket: Ticket): boolean {
    try {
      return this.writer.reachesChat(ticket);
    } catch (error) {
      // A chat no bot can reach (no token on this server, a chat that never contacted the project): the
      // reply is kept on the ticket for the agents, as an agent's reply would be refused.
      if (error instanceof AppError) return false;
      throw error;
    }
  }
}
