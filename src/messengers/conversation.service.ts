import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { AppError } from '../common/errors/app-error.js';
import { CsatAlreadyRated, CsatTicketNotClosed } from '../csat/csat.errors.js';
import { CsatService } from '../csat/csat.service.js';
import { Project } from '../common/tenancy/project.entity.js';
import { ProjectsService, toAuthenticated } from '../projects/projects.service.js';
import { effectiveStatus } from '../requests/helpdesk-request.entity.js';
import { REQUEST_START_PREFIX, RequestsService } from '../requests/requests.service.js';
import type { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import { SettingsService } from '../settings/settings.service.js';
import type { Subscriber } from '../subscribers/subscriber.entity.js';
import { SubscribersService } from '../subscribers/subscribers.service.js';
import type { TicketResponse } from '../tickets/dto/ticket-response.dto.js';
import { TicketTypeNotUsable } from '../ticket-types/ticket-types.errors.js';
import { TicketTypesService } from '../ticket-types/ticket-types.service.js';
import { TicketChatService } from '../tickets/ticket-chat.service.js';
import type { ChatTicketRow } from '../tickets/ticket-inputs.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { botTexts, BotTexts } from './bot-texts.js';
import type { ChatButton, ChatTransport, ChatUser, IncomingChatEvent } from './chat-transport.js';
import { routeCustomerMessage } from './customer-message-routing.js';
import { CustomerMessagesService, customerMessageText } from './customer-messages.service.js';
import { DraftMessage, MessengerChat } from './messenger-chat.entity.js';
import { MessengerChatsService } from './messenger-chats.service.js';

/** Deep-link payload prefix of a project's helpdesk: `?start=help_<slug>`. */
export const HELP_START_PREFIX = 'help_';

/** Callback data of the inline buttons (the tightest messenger limit is Telegram's 64 bytes; a UUID is 36). */
export const CALLBACK = {
  create: 'm:new',
  list: 'm:list',
  type: 'ty:',
  ticket: 'tk:',
  accept: 'rq:y:',
  decline: 'rq:n:',
  csat: 'cs:',
  view: 'tv:',
  close: 'tx:',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SUBJECT_LENGTH = 100;
// More pending messages than this while the customer has not picked a ticket: the oldest are kept.
const MAX_PENDING_MESSAGES = 20;
// "My tickets": closed tickets stay listed this long; opening one shows this many messages.
const RECENTLY_CLOSED_DAYS = 30;
const MY_TICKETS_SHOWN = 10;
const VIEW_MESSAGES = 5;
const VIEW_LINE_LENGTH = 300;

interface TicketTypeChoice {
  id: string;
  name: string;
}

/** The project a chat is bound to, with its settings as read for this update. */
interface Scope {
  project: AuthenticatedProject;
  settings: HelpdeskSettings;
}

/** Everything one update needs: who, which chat, in which language, through which messenger. */
interface Turn {
  transport: ChatTransport;
  user: ChatUser;
  chat: MessengerChat;
  texts: BotTexts;
}

/** Inside a subscribe transaction: the request was answered elsewhere or expired; roll back. */
class RequestNoLongerPending extends Error {}

/**
 * The helpdesk dialogue, independent of the messenger: help menu, ticket creation with an optional
 * type, "my tickets", routing a message among several open tickets, the consent screen of deep-link
 * requests, and the CSAT buttons. A messenger adapter turns its updates into IncomingChatEvents and
 * gives a ChatTransport to answer through. Ticket changes go through TicketsService (webhooks, status
 * rules and routing happen there).
 */
@Injectable()
export class ConversationService {
  private readonly logger = new Logger('Conversation');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly chats: MessengerChatsService,
    private readonly projects: ProjectsService,
    private readonly settings: SettingsService,
    private readonly requests: RequestsService,
    private readonly subscribers: SubscribersService,
    private readonly tickets: TicketsService,
    private readonly ticketChats: TicketChatService,
    private readonly ticketTypes: TicketTypesService,
    private readonly csat: CsatService,
    private readonly customerMessages: CustomerMessagesService,
  ) {}

  async handle(transport: ChatTransport, event: IncomingChatEvent): Promise<void> {
    const chat = await this.chats.touch(transport.channel, event.user);
    const turn: Turn = { transport, user: event.user, chat, texts: botTexts(chat.language) };
    try {
      switch (event.kind) {
        case 'start':
          return await this.onStart(turn, event.payload);
        case 'callback':
          return await this.onCallback(turn, event.callbackId, event.data, event.messageId);
        case 'message':
          return await this.onMessage(
            turn,
            { text: event.text, attachments: event.attachments, messageId: event.messageId, mediaGroupId: event.mediaGroupId },
            event.replyToMessageId,
          );
        case 'edit':
          return await this.onEdit(turn, event.messageId, event.text);
      }
    } catch (error) {
      // A refused change (ticket gone, invalid value) will not succeed on redelivery: tell the customer
      // and finish the update. Anything else propagates, so the messenger redelivers the update.
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      this.logger.warn({ msg: 'customer action refused', code: error.code, error: error.message });
      await this.setState(turn, 'idle', {});
      await this.say(turn, turn.texts.refused);
    }
  }

  // ---- /start ---------------------------------------------------------------------------------

  private async onStart(turn: Turn, payload: string): Promise<void> {
    if (payload.startsWith(HELP_START_PREFIX)) return this.openHelp(turn, payload.slice(HELP_START_PREFIX.length));
    if (payload.startsWith(REQUEST_START_PREFIX)) return this.openRequest(turn, payload.slice(REQUEST_START_PREFIX.length));
    const project = await this.boundProject(turn);
    if (!project) return void (await this.say(turn, turn.texts.noProject));
    await this.showMenu(turn, await this.settingsOf(project));
  }

  private async openHelp(turn: Turn, slug: string): Promise<void> {
    const project = /^[a-z0-9-]{1,40}$/.test(slug) ? await this.projects.findBySlug(slug) : null;
    if (!project) return void (await this.say(turn, turn.texts.unknownProject));
    const settings = await this.settingsOf(project);
    if (!settings.helpdeskEnabled) return void (await this.say(turn, turn.texts.helpdeskDisabled));
    // First contact subscribes the customer (subscription.created is written by SubscribersService).
    await this.dataSource.transaction((manager) => this.subscribers.findOrCreate(manager, toAuthenticated(project), this.subscriberInput(turn)));
    await this.bindChat(turn, project, {});
    await this.showMenu(turn, settings, { welcome: true });
  }

  private async openRequest(turn: Turn, requestId: string): Promise<void> {
    const request = await this.requests.findForMessenger(requestId);
    const project = request ? await this.projectById(request.projectId) : null;
    if (!request || !project) return void (await this.say(turn, turn.texts.requestExpired));
    const status = effectiveStatus(request);
    if (status === 'accepted' && request.channel === turn.transport.channel && request.chatId === turn.user.chatId) {
      // The same customer opening the link again: back to the menu.
      await this.bindChat(turn, project, { ticketTypeId: request.ticketTypeId });
      return this.showMenu(turn, await this.settingsOf(project), { welcome: true });
    }
    if (status === 'expired') return void (await this.say(turn, turn.texts.requestExpired));
    if (status !== 'pending') return void (await this.say(turn, turn.texts.requestUsed));
    const settings = await this.settingsOf(project);
    if (!settings.helpdeskEnabled || !settings.allowCreate) return void (await this.say(turn, turn.texts.helpdeskDisabled));
    const existing = await this.subscribers.findByChat(toAuthenticated(project), turn.transport.channel, Number(turn.user.chatId));
    if (existing) return this.acceptRequest(turn, requestId, null);
    await turn.transport.send(turn.user.chatId, {
      text: turn.texts.consent(project.name, project.description),
      buttons: [[{ text: turn.texts.subscribe, data: CALLBACK.accept + requestId }, { text: turn.texts.cancel, data: CALLBACK.decline + requestId }]],
    });
  }

  private async acceptRequest(turn: Turn, requestId: string, messageId: string | null): Promise<void> {
    await this.removeButtons(turn, messageId);
    const request = await this.requests.findForMessenger(requestId);
    const project = request ? await this.projectById(request.projectId) : null;
    if (!request || !project) return void (await this.say(turn, turn.texts.requestExpired));
    const settings = await this.settingsOf(project);
    if (!settings.helpdeskEnabled || !settings.allowCreate) return void (await this.say(turn, turn.texts.helpdeskDisabled));
    try {
      // Subscription and acceptance commit together: no subscriber for a request that was not accepted.
      await this.dataSource.transaction(async (manager) => {
        const { subscriber } = await this.subscribers.findOrCreate(manager, toAuthenticated(project), this.subscriberInput(turn));
        const accepted = await this.requests.accept(manager, requestId, subscriber.id, { channel: turn.transport.channel, chatId: turn.user.chatId });
        if (!accepted) throw new RequestNoLongerPending();
      });
    } catch (error) {
      if (error instanceof RequestNoLongerPending) return this.explainUnusableRequest(turn, requestId);
      throw error;
    }
    await this.bindChat(turn, project, { ticketTypeId: request.ticketTypeId });
    await this.showMenu(turn, settings, { welcome: true });
  }

  private async declineRequest(turn: Turn, requestId: string, messageId: string | null): Promise<void> {
    await this.removeButtons(turn, messageId);
    const cancelled = await this.requests.cancel(requestId, { channel: turn.transport.channel, chatId: turn.user.chatId });
    if (cancelled) return void (await this.say(turn, turn.texts.requestCancelled));
    await this.explainUnusableRequest(turn, requestId);
  }

  private async explainUnusableRequest(turn: Turn, requestId: string): Promise<void> {
    const request = await this.requests.findForMessenger(requestId);
    await this.say(turn, !request || effectiveStatus(request) === 'expired' ? turn.texts.requestExpired : turn.texts.requestUsed);
  }

  // ---- buttons --------------------------------------------------------------------------------

  private async onCallback(turn: Turn, callbackId: string, data: string, messageId: string | null): Promise<void> {
    // Answer first: messengers show a loading state on the pressed button until the press is answered.
    await turn.transport.answerCallback(callbackId).catch((error: unknown) => this.logger.warn({ msg: 'answerCallback failed', error: (error as Error).message }));
    if (data.startsWith(CALLBACK.accept)) return this.acceptRequest(turn, data.slice(CALLBACK.accept.length), messageId);
    if (data.startsWith(CALLBACK.decline)) return this.declineRequest(turn, data.slice(CALLBACK.decline.length), messageId);
    if (data.startsWith(CALLBACK.csat)) return this.rate(turn, data.slice(CALLBACK.csat.length), messageId);
    if (data.startsWith(CALLBACK.ticket)) return this.chooseTicket(turn, data.slice(CALLBACK.ticket.length), messageId);
    if (data.startsWith(CALLBACK.view)) return this.viewTicket(turn, data.slice(CALLBACK.view.length));
    if (data.startsWith(CALLBACK.close)) return this.closeTicket(turn, data.slice(CALLBACK.close.length), messageId);
    const project = await this.boundProject(turn);
    if (!project) return void (await this.say(turn, turn.texts.noProject));
    const scope = await this.scopeOf(project);
    if (data === CALLBACK.create) return this.startCreation(turn, scope);
    if (data === CALLBACK.list) return this.listTickets(turn, scope);
    if (data.startsWith(CALLBACK.type)) return this.chooseType(turn, scope, data.slice(CALLBACK.type.length), messageId);
    await this.say(turn, turn.texts.stale);
  }

  private async startCreation(turn: Turn, scope: Scope, pending: DraftMessage[] = []): Promise<void> {
    if (!scope.settings.helpdeskEnabled || !scope.settings.allowCreate) return void (await this.say(turn, turn.texts.createNotAllowed));
    const types = await this.ticketTypesOf(scope);
    const preselected = turn.chat.draft.ticketTypeId && types.some((type) => type.id === turn.chat.draft.ticketTypeId) ? turn.chat.draft.ticketTypeId : null;
    if (types.length > 0 && !preselected) {
      await this.setState(turn, 'choosing_type', { pendingMessages: pending });
      await this.say(turn, turn.texts.chooseType, types.map((type) => [{ text: type.name, data: CALLBACK.type + type.id }]));
      return;
    }
    if (pending.length > 0) return this.createTicket(turn, scope, pending, preselected);
    await this.setState(turn, 'describing', { ticketTypeId: preselected });
    await this.say(turn, turn.texts.describe);
  }

  private async chooseType(turn: Turn, scope: Scope, typeId: string, messageId: string | null): Promise<void> {
    await this.removeButtons(turn, messageId);
    const types = await this.ticketTypesOf(scope);
    const type = types.find((candidate) => candidate.id === typeId);
    if (!type || turn.chat.state !== 'choosing_type') return void (await this.say(turn, turn.texts.stale));
    const pending = turn.chat.draft.pendingMessages ?? [];
    if (pending.length > 0) return this.createTicket(turn, scope, pending, type.id);
    await this.setState(turn, 'describing', { ticketTypeId: type.id });
    await this.say(turn, turn.texts.describe);
  }

  /** "My tickets": open and recently closed tickets of this chat in the current project, each a button to open it. */
  private async listTickets(turn: Turn, scope: Scope): Promise<void> {
    if (!scope.settings.allowView) return void (await this.say(turn, turn.texts.viewNotAllowed));
    const tickets = (await this.ticketsOfChat(turn, RECENTLY_CLOSED_DAYS)).filter((ticket) => ticket.projectId === scope.project.id).slice(0, MY_TICKETS_SHOWN);
    if (tickets.length === 0) return void (await this.say(turn, turn.texts.noTickets));
    await this.say(
      turn,
      turn.texts.myTicketsTitle,
      tickets.map((ticket) => [{ text: turn.texts.ticketLine(ticket.ticketNumber, this.statusName(turn, ticket.status), ticket.subject ?? '').slice(0, 60), data: CALLBACK.view + ticket.id }]),
    );
  }

  /** One of the customer's tickets: status and its last public messages, with a button to close it while open. */
  private async viewTicket(turn: Turn, ticketId: string): Promise<void> {
    // Only this chat's own tickets: the callback data is not trusted.
    const ticket = (await this.ticketsOfChat(turn, RECENTLY_CLOSED_DAYS)).find((candidate) => candidate.id === ticketId);
    const project = ticket ? await this.projectById(ticket.projectId) : null;
    if (!ticket || !project) return void (await this.say(turn, turn.texts.stale));
    const messages = await this.ticketChats.lastPublicMessages(toAuthenticated(project), ticket.id, VIEW_MESSAGES);
    const lines = messages.map((message) => {
      const text = message.text || message.attachments.map((attachment) => `[${attachment.type}]`).join(' ');
      return turn.texts.messageLine(message.author !== 'customer', text.length > VIEW_LINE_LENGTH ? `${text.slice(0, VIEW_LINE_LENGTH - 1)}…` : text);
    });
    const text = [turn.texts.ticketHeader(ticket.ticketNumber, this.statusName(turn, ticket.status), ticket.subject ?? ''), '', ...(lines.length ? lines : [turn.texts.noMessages])].join('\n');
    await this.say(turn, text, ticket.status === 'closed' ? undefined : [[{ text: turn.texts.closeTicket, data: CALLBACK.close + ticket.id }]]);
  }

  /** The customer closes their own ticket (history source `customer`; the close message and survey follow as usual). */
  private async closeTicket(turn: Turn, ticketId: string, messageId: string | null): Promise<void> {
    const ticket = (await this.ticketsOfChat(turn, 0)).find((candidate) => candidate.id === ticketId);
    const project = ticket ? await this.projectById(ticket.projectId) : null;
    if (!ticket || !project) return void (await this.say(turn, turn.texts.stale));
    await this.removeButtons(turn, messageId);
    await this.tickets.changeStatus(toAuthenticated(project), ticket.id, 'closed', { source: 'customer' });
    await this.say(turn, turn.texts.ticketClosedByCustomer(ticket.ticketNumber));
  }

  private async chooseTicket(turn: Turn, ticketId: string, messageId: string | null): Promise<void> {
    await this.removeButtons(turn, messageId);
    // Only the customer's own open tickets: the callback data is not trusted.
    const ticket = (await this.ticketsOfChat(turn, 0)).find((candidate) => candidate.id === ticketId);
    const project = ticket ? await this.projectById(ticket.projectId) : null;
    const pending = turn.chat.draft.pendingMessages ?? [];
    if (!ticket || !project || pending.length === 0) return void (await this.say(turn, turn.texts.stale));
    await this.appendMessages(turn, toAuthenticated(project), ticket.id, pending);
    await this.setState(turn, 'idle', {});
    await this.say(turn, turn.texts.addedToTicket(ticket.ticketNumber));
  }

  private async rate(turn: Turn, data: string, messageId: string | null): Promise<void> {
    const match = /^([0-9a-f-]{36}):([1-5])$/i.exec(data);
    if (!match || !UUID.test(match[1])) return void (await this.say(turn, turn.texts.stale));
    const [, ticketId, rating] = match;
    const link = await this.chats.ticketLink(turn.transport.channel, turn.user.chatId, ticketId);
    const project = link ? await this.projectById(link.projectId) : null;
    if (!project) return void (await this.say(turn, turn.texts.stale));
    const recorded = await this.recordRating(toAuthenticated(project), ticketId, Number(rating), turn.transport.channel);
    await this.removeButtons(turn, messageId);
    await this.say(turn, recorded ? turn.texts.csatThanks(Number(rating)) : turn.texts.csatAlready);
  }

  // ---- messages -------------------------------------------------------------------------------

  private async onMessage(turn: Turn, message: DraftMessage, replyToMessageId: string | null): Promise<void> {
    const channel = turn.transport.channel;
    // Later items of an album join the message of its first item, wherever that was filed.
    if (await this.customerMessages.appendToAlbum(channel, turn.user.chatId, message)) return;
    const replyToTicket = replyToMessageId ? await this.chats.ticketOfReply(channel, turn.user.chatId, replyToMessageId) : null;
    const project = await this.boundProject(turn);
    const { state, draft } = turn.chat;
    if (project && !replyToTicket) {
      // A dialogue step in the current project comes first: the customer is creating a ticket.
      if (state === 'describing') return this.createTicket(turn, await this.scopeOf(project), [message], draft.ticketTypeId ?? null);
      if (state === 'choosing_type' && (draft.pendingMessages?.length ?? 0) > 0) {
        // Still picking a type: keep the message for the ticket about to be created.
        await this.setState(turn, 'choosing_type', { ...draft, pendingMessages: this.withPending(draft.pendingMessages, message) });
        return;
      }
    }
    const chatTickets = replyToTicket ? [] : await this.ticketsOfChat(turn, 0);
    const route = routeCustomerMessage({
      replyToTicket,
      currentProjectId: project?.id ?? null,
      openTickets: chatTickets.map((ticket) => ({ ticketId: ticket.id, projectId: ticket.projectId })),
    });
    switch (route.kind) {
      case 'ticket': {
        const target = await this.projectById(route.ticket.projectId);
        if (!target) return void (await this.say(turn, turn.texts.stale));
        await this.appendMessages(turn, toAuthenticated(target), route.ticket.ticketId, [message]);
        // Filed in another project than the one the chat is talking to: say where it went.
        const row = chatTickets.find((ticket) => ticket.id === route.ticket.ticketId);
        if (project && row && row.projectId !== project.id) await this.say(turn, turn.texts.addedToProjectTicket(row.ticketNumber, row.projectName));
        return;
      }
      case 'choose': {
        const tickets = route.tickets.map((choice) => chatTickets.find((ticket) => ticket.id === choice.ticketId)!);
        const pending = this.withPending(state === 'choosing_ticket' ? draft.pendingMessages : [], message);
        await this.setState(turn, 'choosing_ticket', { pendingMessages: pending });
        const label = (ticket: ChatTicketRow) =>
          route.branch === 'several_projects'
            ? turn.texts.projectTicketButton(ticket.ticketNumber, ticket.projectName, ticket.subject ?? '')
            : turn.texts.ticketButton(ticket.ticketNumber, ticket.subject ?? '');
        await this.say(turn, turn.texts.chooseTicket, tickets.map((ticket) => [{ text: label(ticket).slice(0, 60), data: CALLBACK.ticket + ticket.id }]));
        return;
      }
      case 'new_ticket':
        // No open ticket: the message starts one ("customer writes to the bot — a ticket is created").
        return this.startCreation(turn, await this.scopeOf(project!), [message]);
      case 'no_project':
        return void (await this.say(turn, turn.texts.noProject));
    }
  }

  /** An edited customer message: the stored one is updated (old text kept), or the one still waiting in the draft. */
  private async onEdit(turn: Turn, messageId: string, text: string): Promise<void> {
    if (await this.customerMessages.edit(turn.transport.channel, turn.user.chatId, messageId, text)) return;
    const pending = turn.chat.draft.pendingMessages ?? [];
    if (!text.trim() || !pending.some((message) => message.messageId === messageId)) return;
    await this.setState(turn, turn.chat.state, { ...turn.chat.draft, pendingMessages: pending.map((message) => (message.messageId === messageId ? { ...message, text } : message)) });
  }

  private async createTicket(turn: Turn, scope: Scope, messages: DraftMessage[], ticketTypeId: string | null): Promise<void> {
    if (!scope.settings.helpdeskEnabled || !scope.settings.allowCreate) {
      await this.setState(turn, 'idle', {});
      return void (await this.say(turn, turn.texts.createNotAllowed));
    }
    const type = ticketTypeId ? (await this.ticketTypesOf(scope)).find((candidate) => candidate.id === ticketTypeId) : undefined;
    const [first, ...rest] = messages;
    const create = (typeId: string | null) => {
      const prepared = this.customerMessages.prepare(turn.transport.channel, turn.user.chatId, first);
      return this.tickets.create(
        scope.project,
        {
          text: prepared.text,
          subject: this.subjectOf(first),
          channel: turn.transport.channel,
          chat_id: Number(turn.user.chatId),
          first_name: turn.user.firstName,
          username: turn.user.username,
          lang: turn.user.languageCode,
          ticket_type_id: typeId,
          attachments: prepared.attachments,
        },
        { source: 'bot', withMessage: prepared.withMessage },
      );
    };
    let ticket: TicketResponse;
    try {
      try {
        ticket = await create(type?.id ?? null);
      } catch (error) {
        // The type was disabled or deleted between the customer's pick and now: the customer's message
        // matters more than its category, so the ticket is created without a type.
        if (!(error instanceof TicketTypeNotUsable)) throw error;
        this.logger.warn({ msg: 'picked ticket type no longer usable; ticket created without a type', project_id: scope.project.id, ticket_type_id: type?.id });
        ticket = await create(null);
      }
    } catch (error) {
      if (error instanceof AppError && error.status === 403) {
        await this.setState(turn, 'idle', {});
        return void (await this.say(turn, turn.texts.createNotAllowed));
      }
      throw error;
    }
    await this.appendMessages(turn, scope.project, ticket.id, rest);
    await this.setState(turn, 'idle', {});
    const confirmationId = await this.say(turn, turn.texts.ticketCreated(ticket.ticket_number));
    await this.chats.rememberTicketMessage({ channel: turn.transport.channel, chatId: turn.user.chatId, messageId: confirmationId, projectId: scope.project.id, ticketId: ticket.id });
  }

  /** Each message goes through TicketsService (ticket.replied, reopening a waiting or closed ticket). */
  private async appendMessages(turn: Turn, project: AuthenticatedProject, ticketId: string, messages: DraftMessage[]): Promise<void> {
    // Writing to the bot again means it is no longer blocked.
    await this.subscriberOf(turn, project);
    for (const message of messages) await this.customerMessages.append(project, turn.transport.channel, turn.user.chatId, ticketId, message);
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** This chat's tickets in every project: open ones, and those closed within `closedWithinDays`. */
  private async ticketsOfChat(turn: Turn, closedWithinDays: number): Promise<ChatTicketRow[]> {
    if (!/^-?\d+$/.test(turn.user.chatId)) return [];
    return this.ticketChats.findTicketsOfChat(turn.transport.channel, Number(turn.user.chatId), closedWithinDays);
  }

  private statusName(turn: Turn, status: string): string {
    return turn.texts.statusNames[status] ?? status;
  }

  private async subscriberOf(turn: Turn, project: AuthenticatedProject): Promise<Subscriber | null> {
    const subscriber = await this.subscribers.findByChat(project, turn.transport.channel, Number(turn.user.chatId));
    // Writing to the bot again means it is no longer blocked.
    if (subscriber?.blockedAt) await this.subscribers.setBlocked(project, subscriber.id, false);
    return subscriber;
  }

  /** Ticket types offered on creation: the runtime list (enabled types) when the project has types on. */
  private async ticketTypesOf(scope: Scope): Promise<TicketTypeChoice[]> {
    if (!scope.settings.ticketTypesEnabled) return [];
    return (await this.ticketTypes.listEnabled(scope.project)).map((type) => ({ id: type.id, name: type.name }));
  }

  /** Stores the rating through the CSAT rule (ticket.csat_received); false when this closing is already rated or reopened. */
  private async recordRating(project: AuthenticatedProject, ticketId: string, rating: number, channel: MessengerChat['channel']): Promise<boolean> {
    try {
      await this.csat.recordCsatRating(project, ticketId, rating, channel);
      return true;
    } catch (error) {
      if (error instanceof CsatAlreadyRated || error instanceof CsatTicketNotClosed) return false;
      throw error;
    }
  }

  private async showMenu(turn: Turn, settings: HelpdeskSettings, options: { welcome?: boolean } = {}): Promise<void> {
    const buttons: ChatButton[][] = [];
    if (settings.allowCreate && settings.helpdeskEnabled) buttons.push([{ text: turn.texts.createTicket, data: CALLBACK.create }]);
    if (settings.allowView) buttons.push([{ text: turn.texts.myTickets, data: CALLBACK.list }]);
    const text = options.welcome ? settings.welcomeMessage[turn.chat.language] || turn.texts.menuHint : turn.texts.menuHint;
    await turn.transport.send(turn.user.chatId, { text, buttons });
  }

  private async bindChat(turn: Turn, project: Project, draft: { ticketTypeId?: string | null }): Promise<void> {
    await this.chats.update(turn.transport.channel, turn.user.chatId, { projectId: project.id, state: 'idle', draft });
    turn.chat.projectId = project.id;
    turn.chat.state = 'idle';
    turn.chat.draft = draft;
  }

  private async setState(turn: Turn, state: MessengerChat['state'], draft: MessengerChat['draft']): Promise<void> {
    // A type pre-selected by a deep-link request survives until a ticket is created.
    const next = { ...(turn.chat.draft.ticketTypeId && draft.ticketTypeId === undefined && state !== 'idle' ? { ticketTypeId: turn.chat.draft.ticketTypeId } : {}), ...draft };
    await this.chats.update(turn.transport.channel, turn.user.chatId, { state, draft: next });
    turn.chat.state = state;
    turn.chat.draft = next;
  }

  private withPending(pending: DraftMessage[] | undefined, message: DraftMessage): DraftMessage[] {
    const list = [...(pending ?? [])];
    const last = list[list.length - 1];
    // An album's items arrive one by one: they stay one message.
    if (last && message.mediaGroupId && last.mediaGroupId === message.mediaGroupId) {
      list[list.length - 1] = { ...last, text: [last.text, message.text].filter((text) => text.trim()).join('\n'), attachments: [...last.attachments, ...message.attachments] };
      return list;
    }
    return [...list, message].slice(-MAX_PENDING_MESSAGES);
  }

  private subscriberInput(turn: Turn) {
    return { channel: turn.transport.channel, chat_id: Number(turn.user.chatId), first_name: turn.user.firstName, username: turn.user.username, lang: turn.user.languageCode };
  }

  private subjectOf(message: DraftMessage): string | null {
    const firstLine = customerMessageText(message).split('\n')[0].trim();
    if (!firstLine) return null;
    return firstLine.length > SUBJECT_LENGTH ? `${firstLine.slice(0, SUBJECT_LENGTH - 1)}…` : firstLine;
  }

  private async boundProject(turn: Turn): Promise<Project | null> {
    return turn.chat.projectId ? this.projectById(turn.chat.projectId) : null;
  }

  private async scopeOf(project: Project): Promise<Scope> {
    return { project: toAuthenticated(project), settings: await this.settingsOf(project) };
  }

  private async settingsOf(project: Project): Promise<HelpdeskSettings> {
    return this.settings.get(toAuthenticated(project));
  }

  private async removeButtons(turn: Turn, messageId: string | null): Promise<void> {
    if (!messageId) return;
    // Cosmetic: a failure (message too old, already edited) must not undo the customer's choice.
    await turn.transport.removeButtons(turn.user.chatId, messageId).catch((error: unknown) => this.logger.warn({ msg: 'removing buttons failed', error: (error as Error).message }));
  }

  private async say(turn: Turn, text: string, buttons?: ChatButton[][]): Promise<string> {
    return turn.transport.send(turn.user.chatId, { text, buttons });
  }

  private async projectById(projectId: string): Promise<Project | null> {
    return this.projects.get(projectId).catch(() => null);
  }
}
