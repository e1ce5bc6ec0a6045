import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUuid } from '../common/ids.js';
import type { NewOutboxEvent } from '../outbox/outbox.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import type { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import { SettingsService } from '../settings/settings.service.js';
import type { Channel } from '../subscribers/subscriber.entity.js';
import { SubscribersService } from '../subscribers/subscribers.service.js';
import type { CannedValues } from '../canned-responses/canned-text.js';
import { CannedResponsesService } from '../canned-responses/canned-responses.service.js';
import { CreditsService } from '../credits/credits.service.js';
import { type RoutingDecision, RoutingService } from '../routing/routing.service.js';
import type { TeamMember } from '../team/team-member.entity.js';
import { TeamService } from '../team/team.service.js';
import { TicketTypesService } from '../ticket-types/ticket-types.service.js';
import type {
  TicketDetailsResponse,
  TicketListResponse,
  TicketMessageResponse,
  TicketResponse,
} from './dto/ticket-response.dto.js';
import type { IdempotencyClaim } from './idempotency.service.js';
import type { SlaThresholds } from './sla.js';
import {
  BulkLimitExceeded,
  CannedRenderInvalid,
  ChatIdRequired,
  CustomerReplyNotVirtual,
  InvalidBulkValue,
  InvalidPaging,
  InvalidTag,
  MalformedCursor,
  ReplyTextRequired,
  TicketNotFound,
  TicketNotInProject,
} from './tickets.errors.js';
import {
  BULK_ACTIONS,
  MESSAGE_TEXT_MAX_LENGTH,
  TAG_MAX_LENGTH,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type BulkAction,
  type ChangeSource,
  type TicketPriority,
  type TicketStatus,
} from './ticket-enums.js';
import { type MessageAttachment, TicketMessage } from './ticket-message.entity.js';
import { type TicketListFilter, type TicketListRow, TicketListQuery, ticketFromListRow } from './ticket-list.query.js';
import { toTicketDetailsResponse, toTicketMessageResponse, toTicketResponse } from './ticket.mapper.js';
import { TicketStatusChange } from './ticket-status-change.entity.js';
import { Ticket } from './ticket.entity.js';

export interface CreateTicketInput {
  text: string;
  subject?: string | null;
  channel?: Channel;
  chat_id?: number | null;
  first_name?: string | null;
  username?: string | null;
  lang?: string | null;
  /** Must be an enabled ticket type of the project (422 otherwise); its name is stored with the ticket. */
  ticket_type_id?: string | null;
  attachments?: MessageAttachment[];
}

export interface ReplyInput {
  /** Exactly one of `text` and `canned_response_id`. */
  text?: string;
  canned_response_id?: string;
  internal?: boolean;
  member_id?: string | null;
  attachments?: MessageAttachment[];
}

export interface CustomerMessageInput {
  text: string;
  attachments?: MessageAttachment[];
}

/** A ticket of a messenger chat as the bot needs it. */
export interface ChatTicketRow {
  id: string;
  projectId: string;
  projectName: string;
  ticketNumber: number;
  subject: string | null;
  status: TicketStatus;
}

export interface ListTicketsFilter extends TicketListFilter {
  limit?: number;
  offset?: number;
  cursor?: string;
}

export interface BulkInput {
  ticket_ids: string[];
  action: BulkAction;
  value?: unknown;
}

export interface ChangeOptions {
  source: ChangeSource;
  /** The signed-in member making the change, recorded in status history (null: the API key, the bot, automatic). */
  memberId?: string | null;
  idempotency?: IdempotencyClaim;
  /**
   * Runs in the transaction right after the message is written: what must commit with the message
   * (its files' rows, the messenger's id of the customer's message) and nothing else.
   */
  withMessage?: (manager: EntityManager, message: StoredMessageRef) => Promise<void>;
}

/** The message a change just wrote, for `withMessage`. */
export interface StoredMessageRef {
  id: string;
  ticketId: string;
  projectId: string;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;
const MAX_BULK_IDS = 100;

/** What one change promised to announce; payloads are built from the ticket's state after the change. */
type Announcement =
  | { kind: 'created' }
  | { kind: 'replied'; message: TicketMessageResponse }
  | { kind: 'status_changed'; from: TicketStatus; to: TicketStatus }
  | { kind: 'assigned' }
  | { kind: 'csat_received' }
  | { kind: 'unanswered' }
  | { kind: 'chat_message'; message: TicketMessage }
  | { kind: 'chat_closed' };

/** A pending change of one locked ticket, applied by `commit`. */
interface TicketChange {
  set: Record<string, unknown>;
  history: Array<{ from: TicketStatus; to: TicketStatus; source: ChangeSource; memberId: string | null }>;
  announcements: Announcement[];
  searchText?: string;
}

function emptyChange(): TicketChange {
  return { set: {}, history: [], announcements: [] };
}

/** The values of canned-response variables on one ticket; what is unknown renders as an empty string. */
export function cannedValuesFor(project: AuthenticatedProject, ticket: Ticket, member: TeamMember | null): CannedValues {
  return {
    first_name: ticket.subscriber?.firstName ?? null,
    username: ticket.subscriber?.username ?? null,
    ticket_number: ticket.ticketNumber,
    subject: ticket.subject,
    agent_name: member?.name ?? null,
    project_name: project.name,
  };
}

/** The internal note left on a ticket whose routing rule named an assignee who has left the team. */
export function routingAssigneeUnavailableNote(decision: RoutingDecision): string {
  return (
    `routing: rule "${decision.ruleName}" (${decision.ruleId}) assigns to ${decision.unavailableAssignee}, ` +
    'who is no longer a team member; the ticket was left unassigned and the rest of the rule was applied'
  );
}

function thresholdsOf(settings: HelpdeskSettings): SlaThresholds {
  return { firstReplyHours: settings.slaFirstReplyHours, resolveHours: settings.slaResolveHours };
}

function encodeCursor(ticketNumber: number): string {
  return Buffer.from(`n:${ticketNumber}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^n:(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new MalformedCursor();
  return Number(match[1]);
}

/**
 * The ticket lifecycle. Every write runs in one transaction that locks the ticket row, records status
 * history, and writes its outbox events (webhooks, chat deliveries) through the same EntityManager.
 * Methods return API-shaped objects (`toTicketResponse`), the same ones REST, webhooks and MCP use.
 */
@Injectable()
export class TicketsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly settings: SettingsService,
    private readonly team: TeamService,
    private readonly subscribers: SubscribersService,
    private readonly ticketTypes: TicketTypesService,
    private readonly routing: RoutingService,
    private readonly cannedResponses: CannedResponsesService,
    private readonly credits: CreditsService,
  ) {}

  /** Creates a ticket with its first (customer) message. 403 when the helpdesk is disabled. */
  async create(project: AuthenticatedProject, input: CreateTicketInput, options: ChangeOptions): Promise<TicketResponse> {
    const channel = input.channel ?? 'virtual';
    const chatId = input.chat_id ?? null;
    if (channel !== 'virtual' && chatId === null) throw new ChatIdRequired();
    return this.dataSource.transaction(async (manager) => {
      const settings = await this.settings.requireTicketCreationAllowed(project, manager, options.source === 'bot' ? 'customer' : 'api');
      // The type is share-locked until commit, so it cannot be disabled or deleted under the new ticket.
      const ticketType = input.ticket_type_id ? await this.ticketTypes.requireUsableType(project, input.ticket_type_id, manager) : null;
      const subject = input.subject ?? null;
      const routing = await this.routing.decide(
        project,
        { channel, subject, text: input.text, ticketTypeId: ticketType?.id ?? null, ticketTypeName: ticketType?.name ?? null },
        manager,
      );
      const { subscriber } = await this.subscribers.findOrCreate(manager, project, {
        channel,
        chat_id: chatId,
        first_name: input.first_name,
        username: input.username,
        lang: input.lang,
      });
      // The counter row lock serialises creators of one project until commit (a rollback gives the
      // number back, so numbers stay gapless). Everything that does not need the number happens before
      // it, and the number, ticket and first message are written in one statement, so the lock is held
      // for that statement, the outbox insert and the commit only.
      const ticketId = randomUUID();
      const messageId = randomUUID();
      const attachments = input.attachments ?? [];
      const assignedTo = routing?.assignTo ?? null;
      const priority = routing?.priority ?? 'normal';
      const tags = routing?.tag ? [routing.tag] : [];
      const [row]: Array<{ ticket_number: number; created_at: Date }> = await manager.query(
        `WITH counter AS (
           INSERT INTO ticket_number_counter (project_id, last_number) VALUES ($1, 1)
           ON CONFLICT (project_id) DO UPDATE SET last_number = ticket_number_counter.last_number + 1
           RETURNING last_number),
         created AS (
           INSERT INTO ticket (id, project_id, ticket_number, subject, channel, chat_id, subscriber_id, ticket_type_id, ticket_type_name,
                               assigned_to, priority, tags, last_message_at, last_message_from, search_vector)
           SELECT $2, $1, counter.last_number, $3, $4, $5, $6, $7, $8, $12, $13, $14::text[], now(), 'customer',
                  to_tsvector('simple', coalesce($3, '') || ' ' || $9)
           FROM counter
           RETURNING ticket_number, created_at),
         first_message AS (
           INSERT INTO ticket_message (id, ticket_id, author, text, internal, attachments, delivery)
           SELECT $10, $2, 'customer', $9, false, $11::jsonb, NULL FROM created)
         SELECT ticket_number, created_at FROM created`,
        [
          project.id,
          ticketId,
          subject,
          channel,
          chatId,
          subscriber.id,
          ticketType?.id ?? null,
          ticketType?.name ?? null,
          input.text,
          messageId,
          JSON.stringify(attachments),
          assignedTo,
          priority,
          tags,
        ],
      );
      await options.withMessage?.(manager, { id: messageId, ticketId, projectId: project.id });
      if (routing?.unavailableAssignee) {
        // Reported on the ticket itself (an internal system note) so agents see why it is unassigned.
        // clock_timestamp(): now() is the transaction's start, which would tie with the first message.
        await manager.insert(TicketMessage, {
          ticketId,
          author: 'system',
          text: routingAssigneeUnavailableNote(routing),
          internal: true,
          attachments: [],
          delivery: null,
          createdAt: () => 'clock_timestamp()',
        });
      }
      // The row as the database now holds it (column defaults spelled out), without reading it back.
      const ticket = Object.assign(new Ticket(), {
        id: ticketId,
        projectId: project.id,
        ticketNumber: row.ticket_number,
        subject,
        status: 'new',
        priority,
        channel,
        chatId,
        subscriberId: subscriber.id,
        subscriber,
        ticketTypeId: ticketType?.id ?? null,
        ticketTypeName: ticketType?.name ?? null,
        assignedTo,
        tags,
        csatRating: null,
        firstReplyAt: null,
        closedAt: null,
        lastMessageAt: row.created_at,
        lastMessageFrom: 'customer',
        createdAt: row.created_at,
        updatedAt: row.created_at,
      } satisfies Omit<Ticket, 'project' | 'assignee' | 'searchVector'>);
      const response = toTicketResponse(ticket, thresholdsOf(settings));
      const announcements: Announcement[] = [{ kind: 'created' }];
      if (ticket.assignedTo !== null) announcements.push({ kind: 'assigned' });
      await this.announce(manager, project, ticket, response, settings, announcements);
      await options.idempotency?.complete(manager, 201, response);
      return response;
    });
  }

  async list(project: AuthenticatedProject, filter: ListTicketsFilter): Promise<TicketListResponse> {
    const limit = filter.limit ?? DEFAULT_LIMIT;
    const offset = filter.offset ?? 0;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new InvalidPaging(`limit must be from 1 to ${MAX_LIMIT}`);
    if (!Number.isInteger(offset) || offset < 0) throw new InvalidPaging('offset must not be negative');
    const before = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor);
    const query = new TicketListQuery(project.id, filter);
    const [rows, settings] = await Promise.all([
      this.dataSource.query<TicketListRow[]>(...query.page({ limit: limit + 1, offset, beforeNumber: before })),
      this.settings.get(project),
    ]);
    const hasMore = rows.length > limit;
    // A last page reached by offset already tells the total; otherwise count.
    const knownTotal = !hasMore && before === undefined && (rows.length > 0 || offset === 0) ? offset + rows.length : undefined;
    const total = knownTotal ?? (await this.dataSource.query<{ total: number }[]>(...query.count()))[0].total;
    const tickets = rows.slice(0, limit).map(ticketFromListRow);
    const thresholds = thresholdsOf(settings);
    const now = new Date();
    return {
      tickets: tickets.map((ticket) => toTicketResponse(ticket, thresholds, now)),
      total,
      limit,
      offset,
      next_cursor: hasMore ? encodeCursor(tickets[tickets.length - 1].ticketNumber) : null,
    };
  }

  /** The ticket with its conversation (oldest first, internal notes included) and status history. */
  async get(project: AuthenticatedProject, ticketId: string): Promise<TicketDetailsResponse> {
    const manager = this.dataSource.manager;
    const ticket = await this.load(manager, project, ticketId);
    const messages = await manager.find(TicketMessage, { where: { ticketId: ticket.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const history = await manager.find(TicketStatusChange, { where: { ticketId: ticket.id }, order: { id: 'ASC' } });
    const settings = await this.settings.get(project);
    return toTicketDetailsResponse(ticket, messages, history, thresholdsOf(settings));
  }

  /** The ticket object without the conversation. */
  async getTicket(project: AuthenticatedProject, ticketId: string): Promise<TicketResponse> {
    const ticket = await this.load(this.dataSource.manager, project, ticketId);
    return toTicketResponse(ticket, thresholdsOf(await this.settings.get(project)));
  }

  /**
   * An agent's reply. A public reply on a telegram/max ticket is queued for the chat (delivery
   * `pending`), sets first_reply_at once, and moves a `new` ticket to `in_progress`. An internal note
   * does none of that and fires nothing.
   */
  async reply(project: AuthenticatedProject, ticketId: string, input: ReplyInput, options: ChangeOptions): Promise<TicketMessageResponse> {
    const hasFiles = (input.attachments?.length ?? 0) > 0;
    if (input.text !== undefined && input.canned_response_id !== undefined) throw new ReplyTextRequired();
    if (input.text === undefined && input.canned_response_id === undefined && !hasFiles) throw new ReplyTextRequired();
    return this.dataSource.transaction(async (manager) => {
      const ticket = await this.load(manager, project, ticketId, true);
      const member = input.member_id ? await this.team.requireMember(project, input.member_id, 'member_id', manager) : null;
      // A reply of files only has no text.
      const text = input.text ?? (input.canned_response_id === undefined ? '' : await this.renderCannedReply(manager, project, ticket, input.canned_response_id, member));
      const settings = await this.settings.get(project, manager);
      const internal = input.internal ?? false;
      const toChat = !internal && ticket.channel !== 'virtual';
      const message = await this.insertMessage(manager, {
        ticketId: ticket.id,
        author: 'agent',
        memberId: input.member_id ?? null,
        text,
        internal,
        attachments: input.attachments ?? [],
        delivery: toChat ? 'pending' : null,
      });
      await options.withMessage?.(manager, { id: message.id, ticketId: ticket.id, projectId: project.id });
      const messageResponse = toTicketMessageResponse(message);
      const change = emptyChange();
      change.searchText = text;
      if (!internal) {
        change.set.lastMessageAt = () => 'now()';
        change.set.lastMessageFrom = 'agent';
        if (ticket.firstReplyAt === null) change.set.firstReplyAt = () => 'now()';
        change.announcements.push({ kind: 'replied', message: messageResponse });
        if (ticket.status === 'new') this.planStatus(ticket, 'in_progress', 'auto', change);
        if (toChat) change.announcements.push({ kind: 'chat_message', message });
      }
      await this.commit(manager, project, ticket, change, settings);
      await options.idempotency?.complete(manager, 201, { message: messageResponse });
      // Last: the charge locks the project's credit account until commit. No credit → 402, all rolled back.
      if (!internal) await this.credits.chargeReply(manager, project, message.id);
      return messageResponse;
    });
  }

  /**
   * A canned response rendered for a ticket (POST /v1/helpdesk/canned-responses/{canned_id}/render): the
   * customer's names, ticket number and subject, the project name, and `member_id`'s name as agent_name.
   */
  async renderCannedResponse(project: AuthenticatedProject, cannedId: string, target: { ticket_id: string; member_id?: string | null }): Promise<string> {
    const manager = this.dataSource.manager;
    await this.cannedResponses.get(project, cannedId, manager);
    let ticket: Ticket;
    try {
      ticket = await this.load(manager, project, target.ticket_id);
    } catch (error) {
      if (error instanceof TicketNotFound) throw new TicketNotInProject();
      throw error;
    }
    const member = target.member_id ? await this.team.requireMember(project, target.member_id, 'member_id', manager) : null;
    return this.cannedResponses.render(project, cannedId, cannedValuesFor(project, ticket, member), manager);
  }

  /** The text of a reply given as `canned_response_id`: it must fit a message like any typed reply. */
  private async renderCannedReply(
    manager: EntityManager,
    project: AuthenticatedProject,
    ticket: Ticket,
    cannedId: string,
    member: TeamMember | null,
  ): Promise<string> {
    const text = await this.cannedResponses.render(project, cannedId, cannedValuesFor(project, ticket, member), manager, 'canned_response_id');
    if (text.trim().length === 0) throw new CannedRenderInvalid('the canned response renders to an empty text for this ticket');
    if (text.length > MESSAGE_TEXT_MAX_LENGTH) {
      throw new CannedRenderInvalid(`the canned response renders to more than ${MESSAGE_TEXT_MAX_LENGTH} characters for this ticket`);
    }
    return text;
  }

  /**
   * A customer's message: from customer-reply (virtual tickets only, `source` api) or from the bot.
   * Reopens a `waiting` or `closed` ticket to `in_progress`.
   */
  async addCustomerMessage(project: AuthenticatedProject, ticketId: string, input: CustomerMessageInput, options: ChangeOptions): Promise<TicketMessageResponse> {
    return this.dataSource.transaction(async (manager) => {
      const ticket = await this.load(manager, project, ticketId, true);
      if (options.source === 'api' && ticket.channel !== 'virtual') throw new CustomerReplyNotVirtual();
      const settings = await this.settings.get(project, manager);
      const message = await this.insertMessage(manager, {
        ticketId: ticket.id,
        author: 'customer',
        memberId: null,
        text: input.text,
        internal: false,
        attachments: input.attachments ?? [],
        delivery: null,
      });
      await options.withMessage?.(manager, { id: message.id, ticketId: ticket.id, projectId: project.id });
      const messageResponse = toTicketMessageResponse(message);
      const change = emptyChange();
      change.searchText = input.text;
      change.set.lastMessageAt = () => 'now()';
      change.set.lastMessageFrom = 'customer';
      change.announcements.push({ kind: 'replied', message: messageResponse });
      if (ticket.status === 'waiting' || ticket.status === 'closed') this.planStatus(ticket, 'in_progress', 'auto', change);
      await this.commit(manager, project, ticket, change, settings);
      await options.idempotency?.complete(manager, 201, { message: messageResponse });
      return messageResponse;
    });
  }

  async changeStatus(project: AuthenticatedProject, ticketId: string, status: TicketStatus, options: ChangeOptions): Promise<TicketResponse> {
    return this.changeOne(project, ticketId, async (_manager, ticket, change) => this.planStatus(ticket, status, options.source, change, options.memberId));
  }

  /** Assigns a member of the project (422 otherwise), or unassigns with null. */
  async assign(project: AuthenticatedProject, ticketId: string, memberId: string | null, _options: ChangeOptions): Promise<TicketResponse> {
    return this.changeOne(project, ticketId, async (manager, ticket, change) => {
      if (memberId !== null) await this.team.requireMember(project, memberId, 'assigned_to', manager);
      this.planAssign(ticket, memberId, change);
    });
  }

  async setPriority(project: AuthenticatedProject, ticketId: string, priority: TicketPriority, _options: ChangeOptions): Promise<TicketResponse> {
    return this.changeOne(project, ticketId, async (_manager, ticket, change) => {
      if (ticket.priority !== priority) change.set.priority = priority;
    });
  }

  /**
   * One action over up to 100 tickets in one transaction. Unknown and foreign ids are skipped;
   * `affected` counts tickets that actually changed, each firing its usual events.
   */
  async bulk(project: AuthenticatedProject, input: BulkInput, options: ChangeOptions = { source: 'bulk' }): Promise<{ affected: number }> {
    const ids = [...new Set(input.ticket_ids)];
    if (ids.length === 0) throw new BulkLimitExceeded('ticket_ids must not be empty');
    if (ids.length > MAX_BULK_IDS) throw new BulkLimitExceeded(`ticket_ids may hold at most ${MAX_BULK_IDS} ids`);
    if (!(BULK_ACTIONS as readonly string[]).includes(input.action)) throw new InvalidBulkValue(`action must be one of ${BULK_ACTIONS.join(', ')}`);
    const plan = this.parseBulkValue(input.action, input.value);
    const validIds = ids.filter(isUuid);
    if (validIds.length === 0) return { affected: 0 };
    return this.dataSource.transaction(async (manager) => {
      if (plan.kind === 'assign' && plan.memberId !== null) await this.team.requireMember(project, plan.memberId, 'value', manager);
      const settings = await this.settings.get(project, manager);
      // Locked in id order, so two bulk requests over overlapping tickets cannot deadlock.
      const tickets = await manager
        .getRepository(Ticket)
        .createQueryBuilder('ticket')
        .innerJoinAndSelect('ticket.subscriber', 'subscriber')
        .where('ticket.project_id = :projectId AND ticket.id IN (:...ids)', { projectId: project.id, ids: validIds })
        .orderBy('ticket.id', 'ASC')
        .setLock('pessimistic_write', undefined, ['ticket'])
        .getMany();
      let affected = 0;
      for (const ticket of tickets) {
        const change = emptyChange();
        switch (plan.kind) {
          case 'status':
            this.planStatus(ticket, plan.status, options.source, change, options.memberId);
            break;
          case 'assign':
            this.planAssign(ticket, plan.memberId, change);
            break;
          case 'priority':
            if (ticket.priority !== plan.priority) change.set.priority = plan.priority;
            break;
          case 'add_tag':
            if (!ticket.tags.includes(plan.tag)) change.set.tags = [...ticket.tags, plan.tag];
            break;
          case 'remove_tag':
            if (ticket.tags.includes(plan.tag)) change.set.tags = ticket.tags.filter((tag) => tag !== plan.tag);
            break;
        }
        if (await this.commit(manager, project, ticket, change, settings)) affected += 1;
      }
      return { affected };
    });
  }

  /** Tickets of one customer that are not closed, newest first (the bot's "my tickets"). */
  async findOpenTicketsOfSubscriber(project: AuthenticatedProject, subscriberId: string): Promise<TicketResponse[]> {
    if (!isUuid(subscriberId)) return [];
    const tickets = await this.dataSource
      .getRepository(Ticket)
      .createQueryBuilder('ticket')
      .innerJoinAndSelect('ticket.subscriber', 'subscriber')
      .where("ticket.project_id = :projectId AND ticket.subscriber_id = :subscriberId AND ticket.status <> 'closed'", { projectId: project.id, subscriberId })
      .orderBy('ticket.ticket_number', 'DESC')
      .getMany();
    const settings = await this.settings.get(project);
    const thresholds = thresholdsOf(settings);
    return tickets.map((ticket) => toTicketResponse(ticket, thresholds));
  }

  /** Records the outcome of a chat delivery (messenger workers). Only messages queued for a chat change. */
  async markMessageDelivery(messageId: string, delivery: 'sent' | 'failed', manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (!isUuid(messageId)) return false;
    const result = await manager
      .createQueryBuilder()
      .update(TicketMessage)
      .set({ delivery })
      .where('id = :messageId AND delivery IS NOT NULL', { messageId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * The project's ticket, locked for the rest of the caller's transaction, in API shape. For modules whose
   * rules depend on the ticket's state (CSAT: only a closed ticket is rated).
   */
  async lockForUpdate(manager: EntityManager, project: AuthenticatedProject, ticketId: string): Promise<TicketResponse> {
    const ticket = await this.load(manager, project, ticketId, true);
    return toTicketResponse(ticket, thresholdsOf(await this.settings.get(project, manager)));
  }

  /**
   * Stores a CSAT rating on a ticket locked by `lockForUpdate` in the same transaction and fires
   * `ticket.csat_received`. When a rating is allowed is the CSAT module's rule (CsatService).
   */
  async setCsatRating(manager: EntityManager, project: AuthenticatedProject, ticketId: string, rating: number): Promise<TicketResponse> {
    const ticket = await this.load(manager, project, ticketId);
    const settings = await this.settings.get(project, manager);
    const change = emptyChange();
    change.set.csatRating = rating;
    change.announcements.push({ kind: 'csat_received' });
    return (await this.commit(manager, project, ticket, change, settings))!;
  }

  /** Fires `ticket.unanswered_24h` for a ticket (the unanswered-ticket check decides when), in the caller's transaction. */
  async announceUnanswered(manager: EntityManager, project: AuthenticatedProject, ticketId: string): Promise<void> {
    const ticket = await this.load(manager, project, ticketId);
    const settings = await this.settings.get(project, manager);
    await this.announce(manager, project, ticket, toTicketResponse(ticket, thresholdsOf(settings)), settings, [{ kind: 'unanswered' }]);
  }

  private async changeOne(
    project: AuthenticatedProject,
    ticketId: string,
    plan: (manager: EntityManager, ticket: Ticket, change: TicketChange) => Promise<void>,
  ): Promise<TicketResponse> {
    return this.dataSource.transaction(async (manager) => {
      const ticket = await this.load(manager, project, ticketId, true);
      const settings = await this.settings.get(project, manager);
      const change = emptyChange();
      await plan(manager, ticket, change);
      const changed = await this.commit(manager, project, ticket, change, settings);
      return changed ?? toTicketResponse(ticket, thresholdsOf(settings));
    });
  }

  private planStatus(ticket: Ticket, to: TicketStatus, source: ChangeSource, change: TicketChange, memberId: string | null = null): void {
    const from = (change.set.status as TicketStatus | undefined) ?? ticket.status;
    if (from === to) return;
    change.set.status = to;
    if (to === 'closed') change.set.closedAt = () => 'now()';
    else if (from === 'closed' || ticket.closedAt !== null) change.set.closedAt = null;
    change.history.push({ from, to, source, memberId: source === 'auto' ? null : memberId });
    change.announcements.push({ kind: 'status_changed', from, to });
    if (to === 'closed' && ticket.channel !== 'virtual') change.announcements.push({ kind: 'chat_closed' });
  }

  private planAssign(ticket: Ticket, memberId: string | null, change: TicketChange): void {
    if (ticket.assignedTo === memberId) return;
    change.set.assignedTo = memberId;
    change.announcements.push({ kind: 'assigned' });
  }

  /**
   * Applies a planned change to a locked ticket and writes its history and outbox events. Returns the
   * ticket's new API shape, or null when nothing changed (no write, no event).
   */
  private async commit(
    manager: EntityManager,
    project: AuthenticatedProject,
    ticket: Ticket,
    change: TicketChange,
    settings: HelpdeskSettings,
  ): Promise<TicketResponse | null> {
    if (Object.keys(change.set).length === 0 && change.searchText === undefined) return null;
    const values: Record<string, unknown> = { ...change.set, updatedAt: () => 'now()' };
    // Message text joins the ticket's search document, so `q` needs no join over messages. A tsvector
    // is limited to 1 MB: past 900 kB (a very long conversation) later messages are no longer indexed
    // rather than failing the reply.
    if (change.searchText !== undefined) {
      values.searchVector = () =>
        "CASE WHEN pg_column_size(search_vector) > 900000 THEN search_vector ELSE coalesce(search_vector, ''::tsvector) || to_tsvector('simple', :searchText) END";
    }
    await manager
      .createQueryBuilder()
      .update(Ticket)
      .set(values)
      .where('id = :id', { id: ticket.id })
      .setParameter('searchText', change.searchText ?? '')
      .execute();
    if (change.history.length > 0) {
      await manager.insert(
        TicketStatusChange,
        change.history.map((entry) => ({ ticketId: ticket.id, fromStatus: entry.from, toStatus: entry.to, source: entry.source, memberId: entry.memberId })),
      );
    }
    const updated = await this.load(manager, project, ticket.id);
    const response = toTicketResponse(updated, thresholdsOf(settings));
    await this.announce(manager, project, updated, response, settings, change.announcements);
    return response;
  }

  /** Turns announcements into outbox rows: webhooks in order, then chat deliveries. */
  private async announce(
    manager: EntityManager,
    project: AuthenticatedProject,
    ticket: Ticket,
    response: TicketResponse,
    settings: HelpdeskSettings,
    announcements: Announcement[],
  ): Promise<void> {
    const webhook = (eventType: string, payload: Record<string, unknown>): NewOutboxEvent => ({
      projectId: project.id,
      topic: 'webhook',
      eventType,
      aggregateId: ticket.id,
      payload,
    });
    const events: NewOutboxEvent[] = [];
    const chat: NewOutboxEvent[] = [];
    const chatTopic = ticket.channel === 'virtual' ? null : ticket.channel;
    for (const announcement of announcements) {
      switch (announcement.kind) {
        case 'created':
          events.push(webhook('ticket.created', { ...response }));
          break;
        case 'replied':
          events.push(webhook('ticket.replied', { ...response, message: announcement.message }));
          break;
        case 'status_changed':
          events.push(webhook('ticket.status_changed', { ...response, from: announcement.from, to: announcement.to }));
          if (announcement.to === 'closed') events.push(webhook('ticket.closed', { ...response }));
          break;
        case 'assigned':
          events.push(webhook('ticket.assigned', { ...response }));
          break;
        case 'csat_received':
          events.push(webhook('ticket.csat_received', { ...response }));
          break;
        case 'unanswered':
          events.push(webhook('ticket.unanswered_24h', { ...response }));
          break;
        case 'chat_message':
          if (chatTopic) {
            chat.push({
              projectId: project.id,
              topic: chatTopic,
              eventType: 'chat.message',
              aggregateId: ticket.id,
              payload: {
                ticket_id: ticket.id,
                message_id: announcement.message.id,
                chat_id: ticket.chatId,
                text: announcement.message.text,
                attachments: announcement.message.attachments,
              },
            });
          }
          break;
        case 'chat_closed':
          if (chatTopic) {
            chat.push({
              projectId: project.id,
              topic: chatTopic,
              eventType: 'chat.ticket_closed',
              aggregateId: ticket.id,
              payload: { ticket_id: ticket.id, ticket_number: ticket.ticketNumber, chat_id: ticket.chatId, csat_survey: settings.csatEnabled },
            });
          }
          break;
      }
    }
    await this.outbox.append(manager, [...events, ...chat]);
  }

  private async insertMessage(manager: EntityManager, values: Omit<TicketMessage, 'id' | 'createdAt' | 'ticket' | 'member' | 'editedAt' | 'edits'>): Promise<TicketMessage> {
    const inserted = await manager.insert(TicketMessage, values);
    const generated = inserted.generatedMaps[0] as Pick<TicketMessage, 'id' | 'createdAt'>;
    return Object.assign(new TicketMessage(), values, { id: generated.id, createdAt: generated.createdAt, editedAt: null, edits: [] });
  }

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
    await this.dataSource.transaction(async (manager) => {
      const ticket = await this.load(manager, project, ticketId, true);
      const [row]: Array<{ text: string }> = await manager.query(
        // A caption replaces the placeholder of a media message without one (`[photo]`), else adds a line.
        `UPDATE ticket_message
            SET attachments = attachments || $3::jsonb,
                text = CASE WHEN $4::text IS NULL THEN text WHEN text ~ '^\\[[a-z_]+\\]$' THEN $4::text ELSE text || E'\\n' || $4::text END
          WHERE id = $1 AND ticket_id = $2 AND author = 'customer' RETURNING text`,
        [messageId, ticket.id, JSON.stringify(input.attachments), input.text],
      );
      if (!row) throw new TicketNotFound();
      await options.withMessage?.(manager, { id: messageId, ticketId: ticket.id, projectId: project.id });
      if (input.text) await this.commit(manager, project, ticket, { ...emptyChange(), searchText: input.text }, await this.settings.get(project, manager));
    });
  }

  /** The customer edited a message in the messenger: new text, the previous one kept in `edits`. */
  async editCustomerMessage(project: AuthenticatedProject, ticketId: string, messageId: string, text: string): Promise<TicketMessageResponse | null> {
    return this.dataSource.transaction(async (manager) => {
      const ticket = await this.load(manager, project, ticketId, true);
      const message = await manager.findOneBy(TicketMessage, { id: messageId, ticketId: ticket.id, author: 'customer' });
      if (!message || message.text === text) return null;
      const editedAt = new Date();
      message.edits = [...(message.edits ?? []), { text: message.text, replaced_at: editedAt.toISOString() }];
      message.text = text;
      message.editedAt = editedAt;
      await manager.update(TicketMessage, { id: message.id }, { text, edits: message.edits, editedAt });
      await this.commit(manager, project, ticket, { ...emptyChange(), searchText: text }, await this.settings.get(project, manager));
      return toTicketMessageResponse(message);
    });
  }

  /** The last public messages of a ticket (no internal notes), oldest first: the customer's view in the bot. */
  async lastPublicMessages(project: AuthenticatedProject, ticketId: string, limit: number): Promise<TicketMessageResponse[]> {
    const ticket = await this.load(this.dataSource.manager, project, ticketId);
    const messages = await this.dataSource.manager.find(TicketMessage, { where: { ticketId: ticket.id, internal: false }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
    return messages.reverse().map(toTicketMessageResponse);
  }

  /**
   * Tickets of one messenger chat in every project: open ones, and those closed within `closedWithinDays`
   * (0: open only). The bot routes customer messages and lists "my tickets" from this.
   */
  async findTicketsOfChat(channel: Channel, chatId: number, closedWithinDays = 0): Promise<ChatTicketRow[]> {
    const rows: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT t.id, t.project_id, p.name AS project_name, t.ticket_number, t.subject, t.status, t.closed_at, t.last_message_at
         FROM ticket t JOIN project p ON p.id = t.project_id
        WHERE t.channel = $1 AND t.chat_id = $2
          AND (t.status <> 'closed' OR t.closed_at > now() - make_interval(days => $3))
        ORDER BY (t.status = 'closed'), t.last_message_at DESC NULLS LAST, t.ticket_number DESC
        LIMIT 50`,
      [channel, chatId, closedWithinDays],
    );
    return rows.map((row) => ({
      id: row.id,
      projectId: row.project_id,
      projectName: row.project_name,
      ticketNumber: row.ticket_number,
      subject: row.subject,
      status: row.status,
    }));
  }

  /** The project's ticket with its customer; a malformed, unknown or foreign id is the same 404. */
  private async load(manager: EntityManager, project: AuthenticatedProject, ticketId: string, lock = false): Promise<Ticket> {
    if (!isUuid(ticketId)) throw new TicketNotFound();
    const query = manager
      .getRepository(Ticket)
      .createQueryBuilder('ticket')
      .innerJoinAndSelect('ticket.subscriber', 'subscriber')
      .where('ticket.id = :ticketId AND ticket.project_id = :projectId', { ticketId, projectId: project.id });
    if (lock) query.setLock('pessimistic_write', undefined, ['ticket']);
    const ticket = await query.getOne();
    if (!ticket) throw new TicketNotFound();
    return ticket;
  }

  private parseBulkValue(
    action: BulkAction,
    value: unknown,
  ):
    | { kind: 'status'; status: TicketStatus }
    | { kind: 'assign'; memberId: string | null }
    | { kind: 'priority'; priority: TicketPriority }
    | { kind: 'add_tag' | 'remove_tag'; tag: string } {
    switch (action) {
      case 'close':
        return { kind: 'status', status: 'closed' };
      case 'set_status':
        if (typeof value !== 'string' || !(TICKET_STATUSES as readonly string[]).includes(value)) {
          throw new InvalidBulkValue(`value must be one of ${TICKET_STATUSES.join(', ')} for set_status`);
        }
        return { kind: 'status', status: value as TicketStatus };
      case 'assign':
        if (value === null || value === undefined) return { kind: 'assign', memberId: null };
        if (!isUuid(value)) throw new InvalidBulkValue('value must be a member id (uuid) or null for assign');
        return { kind: 'assign', memberId: value };
      case 'set_priority':
        if (typeof value !== 'string' || !(TICKET_PRIORITIES as readonly string[]).includes(value)) {
          throw new InvalidBulkValue(`value must be one of ${TICKET_PRIORITIES.join(', ')} for set_priority`);
        }
        return { kind: 'priority', priority: value as TicketPriority };
      case 'add_tag':
      case 'remove_tag': {
        if (typeof value !== 'string') throw new InvalidBulkValue(`value must be a tag (string) for ${action}`);
        const tag = value.trim();
        if (tag.length === 0 || tag.length > TAG_MAX_LENGTH) throw new InvalidTag(TAG_MAX_LENGTH);
        return { kind: action, tag };
      }
    }
  }
}
