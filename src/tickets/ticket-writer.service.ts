import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUuid } from '../common/ids.js';
import type { Sql } from '../common/database/sql.js';
import { OutboxService } from '../outbox/outbox.service.js';
import type { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import type { TicketResponse } from './dto/ticket-response.dto.js';
import { slaThresholdsOf } from './sla.js';
import { announcementEvents } from './ticket-announcements.js';
import { type Announcement, isEmptyChange, type TicketChange } from './ticket-change.js';
import type { TicketMessage } from './ticket-message.entity.js';
import type { Ticket } from './ticket.entity.js';
import { toTicketMessageResponse, toTicketResponse } from './ticket.mapper.js';
import { AfterMessageNotInTicket, TicketChanged, TicketNotFound } from './tickets.errors.js';
import { ReplyReachability } from './reply-reachability.js';
import { type NewTicketMessage, TicketStore } from './ticket.store.js';

/**
 * The writes every ticket change shares, inside the caller's transaction: load (and lock) the project's
 * ticket, apply a planned change with its status history, and put the events it owes in the outbox.
 */
@Injectable()
export class TicketWriter {
  constructor(
    private readonly outbox: OutboxService,
    private readonly reachability: ReplyReachability,
    private readonly tickets: TicketStore,
  ) {}

  /** Whether a public reply on the loaded ticket goes to a chat; refused when it never could (ReplyReachability). */
  reachesChat(ticket: Ticket): boolean {
    return this.reachability.reachesChat(ticket);
  }

  /** The project's ticket with its customer; a malformed, unknown or foreign id is the same 404. */
  async load(project: AuthenticatedProject, sql: Sql, ticketId: string, lock = false): Promise<Ticket> {
    if (!isUuid(ticketId)) throw new TicketNotFound();
    const ticket = await this.tickets.load(sql, ticketId, lock);
    if (!ticket || ticket.projectId !== project.id) throw new TicketNotFound();
    return ticket;
  }

  /**
   * Applies a planned change to a locked ticket and writes its history and outbox events. Returns the
   * ticket's new API shape, or null when nothing changed (no write, no event).
   */
  async commit(
    project: AuthenticatedProject,
    sql: Sql,
    ticket: Ticket,
    change: TicketChange,
    settings: HelpdeskSettings,
  ): Promise<TicketResponse | null> {
    if (isEmptyChange(change)) return null;
    const updated = await this.tickets.update(sql, ticket, change);
    if (change.history.length > 0) await this.tickets.insertStatusChanges(sql, ticket.id, change.history);
    const response = toTicketResponse(updated, slaThresholdsOf(settings));
    await this.announce(project, sql, updated, response, settings, change.announcements);
    return response;
  }

  /** Turns announcements into outbox rows written through the caller's transaction. */
  async announce(
    project: AuthenticatedProject,
    sql: Sql,
    ticket: Ticket,
    response: TicketResponse,
    settings: HelpdeskSettings,
    announcements: Announcement[],
  ): Promise<void> {
    const events = announcementEvents(project.id, ticket, response, settings.csatEnabled, announcements);
    await this.outbox.append(sql, events);
  }

  /**
   * Refuses a reply written after `afterMessageId` when newer messages came in since (409 ticket_changed, with
   * them); run after the ticket is locked, so a reply committed meanwhile by someone else is seen.
   */
  async requireNothingNewer(sql: Sql, ticket: Ticket, afterMessageId: string): Promise<void> {
    const newer = await this.tickets.messagesAfter(sql, ticket.id, afterMessageId);
    if (newer === null) throw new AfterMessageNotInTicket();
    if (newer.length > 0) throw new TicketChanged(newer.map(toTicketMessageResponse));
  }

  /** Writes a message; `atCommit`: in a counted write's commit round trip (TicketStore.insertMessage). */
  insertMessage(sql: Sql, values: NewTicketMessage, atCommit = false): Promise<TicketMessage> {
    return this.tickets.insertMessage(sql, values, atCommit);
  }
}
