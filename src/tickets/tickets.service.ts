import { UnitOfWork } from '../common/database/unit-of-work.js';
import { type Sql, sqlOfPool, type WriteTransaction } from '../common/database/sql.js';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { SettingsService } from '../settings/settings.service.js';
import { SubscribersService } from '../subscribers/subscribers.service.js';
import { type RoutingDecision, RoutingService } from '../routing/routing.service.js';
import { TeamService } from '../team/team.service.js';
import { TicketTypesService } from '../ticket-types/ticket-types.service.js';
import type {
  TicketDetailsResponse,
  TicketListResponse,
  TicketMessageResponse,
  TicketResponse,
} from './dto/ticket-response.dto.js';
import { slaThresholdsOf } from './sla.js';
import { ChatIdRequired, CustomerReplyNotVirtual, InvalidPaging } from './tickets.errors.js';
import type { TicketPriority, TicketStatus } from './ticket-enums.js';
import {
  creationAnnouncements,
  emptyChange,
  planAssign,
  planCustomerMessage,
  planPriority,
  planStatus,
  type TicketChange,
} from './ticket-change.js';
import {
  type ChangeOptions,
  type CreateTicketInput,
  type CustomerMessageInput,
  type ListTicketsFilter,
  messageAtCommit,
  type ReplyInput,
} from './ticket-inputs.js';
import { type InsertedTicketRow, insertedTicket, type NewTicketValues } from './new-ticket.js';
import { positionOfRow, TicketListStore, ticketFromListRow } from './ticket-list.store.js';
import { decodeCursor, encodeCursor, listOrderOf } from './ticket-list-cursor.js';
import { toTicketDetailsResponse, toTicketMessageResponse, toTicketResponse } from './ticket.mapper.js';
import { TicketStore } from './ticket.store.js';
import type { Ticket } from './ticket.entity.js';
import { TicketWriter } from './ticket-writer.service.js';
import { AgentReplyFlow } from './agent-reply.flow.js';
import { TicketAutomations } from './ticket-automations.service.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;

/** The internal note left on a ticket whose routing rule named an assignee who has left the team. */
export function routingAssigneeUnavailableNote(decision: RoutingDecision): string {
  return (
    `routing: rule "${decision.ruleName}" (${decision.ruleId}) assigns to ${decision.unavailableAssignee}, ` +
    'who is no longer a team member; the ticket was left unassigned and the rest of the rule was applied'
  );
}

/**
 * The ticket lifecycle. Every write runs in one transaction that locks the ticket row, records status
 * history, and writes its outbox events (webhooks, chat deliveries) through the same EntityManager.
 * Methods return API-shaped objects (`toTicketResponse`), the same ones REST, webhooks and MCP use.
 */
@Injectable()
export class TicketsService {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly writer: TicketWriter,
    private readonly settings: SettingsService,
    private readonly team: TeamService,
    private readonly subscribers: SubscribersService,
    private readonly ticketTypes: TicketTypesService,
    private readonly routing: RoutingService,
    private readonly replies: AgentReplyFlow,
    private readonly tickets: TicketStore,
    private readonly ticketList: TicketListStore,
    // Automations on a customer's message (the out-of-hours reply): src/tickets/ticket-automations.service.ts.
    private readonly automations: TicketAutomations,
  ) {
    this.pool = sqlOfPool(dataSource);
  }

  private readonly pool: Sql;

  /** Creates a ticket with its first (customer) message. 403 when the helpdesk is disabled. */
  async create(
    project: AuthenticatedProject,
    input: CreateTicketInput,
    options: ChangeOptions,
  ): Promise<TicketResponse> {
    const channel = input.channel ?? 'virtual';
    const chatId = input.chat_id ?? null;
    if (channel !== 'virtual' && chatId === null) throw new ChatIdRequired();
    return this.unitOfWork.write(async (tx) => {
      const settings = await this.settings.requireTicketCreationAllowed(
        project,
        tx,
        options.source === 'bot' ? 'customer' : 'api',
      );
      // The type is share-locked until commit, so it cannot be disabled or deleted under the new ticket.
      const ticketType = input.ticket_type_id
        ? await this.ticketTypes.requireUsableType(project, input.ticket_type_id, tx)
        : null;
      const subject = input.subject ?? null;
      const routing = await this.routing.decide(
        project,
        {
          channel,
          subject,
          text: input.text,
          ticketTypeId: ticketType?.id ?? null,
          ticketTypeName: ticketType?.name ?? null,
        },
        tx,
      );
      const subscriber = await this.subscribers.forNewTicket(project, tx, options.source === 'bot', {
        channel,
        chat_id: chatId,
        first_name: input.first_name,
        last_name: input.last_name,
        username: input.username,
        lang: input.lang,
      });
      // Everything that does not need the ticket number happens before the insert, which takes the
      // project's counter lock until commit (TicketStore.insertNumbered).
      const values: NewTicketValues = {
        ticketId: randomUUID(),
        projectId: project.id,
        messageId: randomUUID(),
        subject,
        channel,
        chatId,
        subscriber,
        ticketTypeId: ticketType?.id ?? null,
        ticketTypeName: ticketType?.name ?? null,
        text: input.text,
        attachments: input.attachments ?? [],
        assignedTo: routing?.assignTo ?? null,
        priority: routing?.priority ?? 'normal',
        tags: routing?.tag ? [routing.tag] : [],
        customFields: input.custom_fields,
      };
      const { ticketId, messageId } = values;
      // The insert takes the project's ticket-number row, held until COMMIT. Usually it runs in the commit
      // round trip, so the row is not held while this process gets round to the next statement; the
      // number then reaches the response once committed, and the outbox payloads in that same trip.
      // A `withMessage` that reads back (an album's first item) and idempotent requests (the stored
      // response needs the number) take it here instead.
      const numberedAtCommit = messageAtCommit(options) && !options.idempotency;
      let row: InsertedTicketRow = { ticket_number: null, created_at: tx.startedAt };
      if (numberedAtCommit) {
        this.tickets.insertNumberedAtCommit(tx, values, (ticketNumber) => (response.ticket_number = ticketNumber));
      } else row = await this.tickets.insertNumbered(tx, values);
      await options.withMessage?.(tx, { id: messageId, ticketId, projectId: project.id });
      if (routing?.unavailableAssignee) {
        // Reported on the ticket itself (an internal system note) so agents see why it is unassigned. In the
        // commit round trip when the ticket is, after it.
        await this.tickets.insertSystemNote(tx, ticketId, routingAssigneeUnavailableNote(routing));
      }
      const ticket = insertedTicket(values, row);
      const response = toTicketResponse(ticket, slaThresholdsOf(settings));
      await this.writer.announce(project, tx, ticket, response, settings, creationAnnouncements(ticket));
      await this.automations.afterCustomerMessage(project, tx, ticket, settings);
      await options.idempotency?.complete(tx, 201, response);
      return response;
    });
  }

  async list(project: AuthenticatedProject, filter: ListTicketsFilter): Promise<TicketListResponse> {
    const limit = filter.limit ?? DEFAULT_LIMIT;
    const offset = filter.offset ?? 0;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
      throw new InvalidPaging(`limit must be from 1 to ${MAX_LIMIT}`);
    if (!Number.isInteger(offset) || offset < 0) throw new InvalidPaging('offset must not be negative');
    const before = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor, listOrderOf(filter));
    const [rows, settings] = await Promise.all([
      this.ticketList.page(project.id, filter, { limit: limit + 1, offset, after: before }),
      this.settings.get(project),
    ]);
    const hasMore = rows.length > limit;
    // A last page reached by offset already tells the total; otherwise count.
    const knownTotal =
      !hasMore && before === undefined && (rows.length > 0 || offset === 0) ? offset + rows.length : undefined;
    const total = knownTotal ?? (await this.ticketList.count(project.id, filter));
    const tickets = rows.slice(0, limit).map(ticketFromListRow);
    const thresholds = slaThresholdsOf(settings);
    const now = new Date();
    return {
      tickets: tickets.map((ticket) => toTicketResponse(ticket, thresholds, now)),
      total,
      limit,
      offset,
      next_cursor: hasMore ? encodeCursor(positionOfRow(rows[limit - 1]), listOrderOf(filter)) : null,
    };
  }

  /** The ticket with its conversation (oldest first, internal notes included) and status history. */
  async get(project: AuthenticatedProject, ticketId: string): Promise<TicketDetailsResponse> {
    const ticket = await this.writer.load(project, this.pool, ticketId);
    const [messages, history] = [await this.tickets.messagesOf(ticket.id), await this.tickets.historyOf(ticket.id)];
    const settings = await this.settings.get(project);
    return toTicketDetailsResponse(ticket, messages, history, slaThresholdsOf(settings));
  }

  /** The ticket object without the conversation. */
  async getTicket(project: AuthenticatedProject, ticketId: string): Promise<TicketResponse> {
    const ticket = await this.writer.load(project, this.pool, ticketId);
    return toTicketResponse(ticket, slaThresholdsOf(await this.settings.get(project)));
  }

  /**
   * An agent's reply. A public reply on a telegram/max ticket is queued for the chat (delivery
   * `pending`), sets first_reply_at once, and moves a `new` ticket to `in_progress`. An internal note
   * does none of that and fires nothing. The stages are AgentReplyFlow's.
   */
  reply(
    project: AuthenticatedProject,
    ticketId: string,
    input: ReplyInput,
    options: ChangeOptions,
  ): Promise<TicketMessageResponse> {
    return this.replies.run(project, ticketId, input, options);
  }

  /**
   * A customer's message: from customer-reply (virtual tickets only, `source` api) or from the bot.
   * Reopens a `waiting` or `closed` ticket to `in_progress`.
   */
  async addCustomerMessage(
    project: AuthenticatedProject,
    ticketId: string,
    input: CustomerMessageInput,
    options: ChangeOptions,
  ): Promise<TicketMessageResponse> {
    return this.unitOfWork.write(async (tx) => {
      const ticket = await this.writer.load(project, tx, ticketId, true);
      if (options.source === 'api' && ticket.channel !== 'virtual') throw new CustomerReplyNotVirtual();
      const settings = await this.settings.get(project, tx);
      const message = await this.writer.insertMessage(
        tx,
        {
          ticketId: ticket.id,
          author: 'customer',
          memberId: null,
          text: input.text,
          internal: false,
          attachments: input.attachments ?? [],
          delivery: null,
        },
        messageAtCommit(options),
      );
      await options.withMessage?.(tx, { id: message.id, ticketId: ticket.id, projectId: project.id });
      const messageResponse = toTicketMessageResponse(message);
      const change = emptyChange();
      planCustomerMessage(ticket, message, messageResponse, change);
      await this.writer.commit(project, tx, ticket, change, settings);
      await this.automations.afterCustomerMessage(project, tx, ticket, settings);
      await options.idempotency?.complete(tx, 201, { message: messageResponse });
      return messageResponse;
    });
  }

  async changeStatus(
    project: AuthenticatedProject,
    ticketId: string,
    status: TicketStatus,
    options: ChangeOptions,
  ): Promise<TicketResponse> {
    return this.changeOne(project, ticketId, async (_tx, ticket, change) =>
      planStatus(ticket, status, options.source, change, options.memberId),
    );
  }

  /** Assigns a member of the project (422 otherwise), or unassigns with null. */
  async assign(project: AuthenticatedProject, ticketId: string, memberId: string | null): Promise<TicketResponse> {
    return this.changeOne(project, ticketId, async (tx, ticket, change) => {
      if (memberId !== null) await this.team.requireMember(project, memberId, 'assigned_to', tx);
      planAssign(ticket, memberId, change);
    });
  }

  async setPriority(
    project: AuthenticatedProject,
    ticketId: string,
    priority: TicketPriority,
  ): Promise<TicketResponse> {
    return this.changeOne(project, ticketId, async (_tx, ticket, change) => planPriority(ticket, priority, change));
  }

  /**
   * The project's ticket, locked for the rest of the caller's transaction, in API shape. For modules whose
   * rules depend on the ticket's state (CSAT: only a closed ticket is rated).
   */
  async lockForUpdate(project: AuthenticatedProject, sql: Sql, ticketId: string): Promise<TicketResponse> {
    const ticket = await this.writer.load(project, sql, ticketId, true);
    return toTicketResponse(ticket, slaThresholdsOf(await this.settings.get(project, sql)));
  }

  /**
   * Stores a CSAT rating on a ticket locked by `lockForUpdate` in the same transaction and fires
   * `ticket.csat_received`. When a rating is allowed is the CSAT module's rule (CsatService).
   */
  async setCsatRating(
    project: AuthenticatedProject,
    sql: Sql,
    ticketId: string,
    rating: number,
  ): Promise<TicketResponse> {
    const ticket = await this.writer.load(project, sql, ticketId);
    const settings = await this.settings.get(project, sql);
    const change = emptyChange();
    change.set.csatRating = rating;
    change.announcements.push({ kind: 'csat_received' });
    return (await this.writer.commit(project, sql, ticket, change, settings))!;
  }

  /**
   * Fires `ticket.unanswered_24h` for a ticket (the unanswered-ticket check decides when), in the caller's transaction.
   */
  async announceUnanswered(project: AuthenticatedProject, sql: Sql, ticketId: string): Promise<void> {
    const ticket = await this.writer.load(project, sql, ticketId);
    const settings = await this.settings.get(project, sql);
    const response = toTicketResponse(ticket, slaThresholdsOf(settings));
    await this.writer.announce(project, sql, ticket, response, settings, [{ kind: 'unanswered' }]);
  }

  /** Locks one ticket, plans a change on it and applies it, in one transaction. */
  private async changeOne(
    project: AuthenticatedProject,
    ticketId: string,
    plan: (tx: WriteTransaction, ticket: Ticket, change: TicketChange) => Promise<void>,
  ): Promise<TicketResponse> {
    return this.unitOfWork.write(async (tx) => {
      const ticket = await this.writer.load(project, tx, ticketId, true);
      const settings = await this.settings.get(project, tx);
      const change = emptyChange();
      await plan(tx, ticket, change);
      const changed = await this.writer.commit(project, tx, ticket, change, settings);
      return changed ?? toTicketResponse(ticket, slaThresholdsOf(settings));
    });
  }
}
