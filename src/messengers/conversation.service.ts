import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { AppError } from '../common/errors/app-error.js';
import { CsatAlreadyRated, CsatTicketNotClosed } from '../csat/csat.errors.js';
import { CsatService } from '../csat/csat.service.js';
import { Project } from '../projects/project.entity.js';
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
import { TicketsService } from '../tickets/tickets.service.js';
import { botTexts, BotTexts } from './bot-texts.js';
import type { ChatButton, ChatTransport, ChatUser, IncomingChatEvent } from './chat-transport.js';
import { DraftMessage, MessengerChat } from './messenger-chat.entity.js';
import { MessengerChatsService } from './messenger-chats.service.js';

/** Deep-link payload prefix of a project's helpdesk: `?start=help_<slug>`. */
export const HELP_START_PREFIX = 'help_';

/** Callback data of the inline buttons (Telegram allows 64 bytes; a UUID is 36). */
export const CALLBACK = {
  create: 'm:new',
  list: 'm:list',
  type: 'ty:',
  ticket: 'tk:',
  accept: 'rq:y:',
  decline: 'rq:n:',
  csat: 'cs:',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SUBJECT_LENGTH = 100;
// More pending messages than this while the customer has not picked a ticket: the oldest are kept.
const MAX_PENDING_MESSAGES = 20;

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
    private readonly ticketTypes: TicketTypesService,
    private readonly csat: CsatService,
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
          return await this.onMessage(turn, { text: event.text, attachments: event.attachments }, event.replyToMessageId);
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
    // Answer first: Telegram shows a spinner on the button until the query is answered.
    await turn.transport.answerCallback(callbackId).catch((error: unknown) => this.logger.warn({ msg: 'answerCallback failed', error: (error as Error).message }));
    if (data.startsWith(CALLBACK.accept)) return this.acceptRequest(turn, data.slice(CALLBACK.accept.length), messageId);
    if (data.startsWith(CALLBACK.decline)) return this.declineRequest(turn, data.slice(CALLBACK.decline.length), messageId);
    if (data.startsWith(CALLBACK.csat)) return this.rate(turn, data.slice(CALLBACK.csat.length), messageId);
    const project = await this.boundProject(turn);
    if (!project) return void (await this.say(turn, turn.texts.noProject));
    const scope = await this.scopeOf(project);
    if (data === CALLBACK.create) return this.startCreation(turn, scope);
    if (data === CALLBACK.list) return this.listTickets(turn, scope);
    if (data.startsWith(CALLBACK.type)) return this.chooseType(turn, scope, data.slice(CALLBACK.type.length), messageId);
    if (data.startsWith(CALLBACK.ticket)) return this.chooseTicket(turn, scope, data.slice(CALLBACK.ticket.length), messageId);
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

  private async listTickets(turn: Turn, scope: Scope): Promise<void> {
    if (!scope.settings.allowView) return void (await this.say(turn, turn.texts.viewNotAllowed));
    const open = await this.openTickets(turn, scope);
    if (open.length === 0) return void (await this.say(turn, turn.texts.noOpenTickets));
    const lines = open.map((ticket) => turn.texts.ticketLine(ticket.ticket_number, turn.texts.statusNames[ticket.status] ?? ticket.status, ticket.subject ?? ''));
    await this.say(turn, [turn.texts.openTickets, ...lines].join('\n'));
  }

  private async chooseTicket(turn: Turn, scope: Scope, ticketId: string, messageId: string | null): Promise<void> {
    await this.removeButtons(turn, messageId);
    // Only the customer's own open tickets: the callback data is not trusted.
    const ticket = (await this.openTickets(turn, scope)).find((candidate) => candidate.id === ticketId);
    const pending = turn.chat.draft.pendingMessages ?? [];
    if (!ticket || pending.length === 0) return void (await this.say(turn, turn.texts.stale));
    await this.appendMessages(turn, scope, ticket.id, pending);
    await this.setState(turn, 'idle', {});
    await this.say(turn, turn.texts.addedToTicket(ticket.ticket_number));
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
    const project = await this.boundProject(turn);
    if (!project) return void (await this.say(turn, turn.texts.noProject));
    const scope = await this.scopeOf(project);
    const { state, draft } = turn.chat;

    if (state === 'describing') return this.createTicket(turn, scope, [message], draft.ticketTypeId ?? null);
    if (state === 'choosing_type' && (draft.pendingMessages?.length ?? 0) > 0) {
      // Still picking a type: keep the message for the ticket about to be created.
      await this.setState(turn, 'choosing_type', { ...draft, pendingMessages: this.withPending(draft.pendingMessages, message) });
      return;
    }

    if (replyToMessageId) {
      const ticketId = await this.chats.ticketOfMessage(turn.transport.channel, turn.user.chatId, replyToMessageId, project.id);
      if (ticketId) return this.appendMessages(turn, scope, ticketId, [message]);
    }

    const open = await this.openTickets(turn, scope);
    if (open.length === 1) return this.appendMessages(turn, scope, open[0].id, [message]);
    if (open.length > 1) {
      await this.setState(turn, 'choosing_ticket', { pendingMessages: this.withPending(state === 'choosing_ticket' ? draft.pendingMessages : [], message) });
      await this.say(turn, turn.texts.chooseTicket, open.map((ticket) => [{ text: turn.texts.ticketButton(ticket.ticket_number, ticket.subject ?? ''), data: CALLBACK.ticket + ticket.id }]));
      return;
    }
    // No open ticket: the message starts one ("customer writes to the bot — a ticket is created").
    await this.startCreation(turn, scope, [message]);
  }

  private async createTicket(turn: Turn, scope: Scope, messages: DraftMessage[], ticketTypeId: string | null): Promise<void> {
    if (!scope.settings.helpdeskEnabled || !scope.settings.allowCreate) {
      await this.setState(turn, 'idle', {});
      return void (await this.say(turn, turn.texts.createNotAllowed));
    }
    const type = ticketTypeId ? (await this.ticketTypesOf(scope)).find((candidate) => candidate.id === ticketTypeId) : undefined;
    const [first, ...rest] = messages;
    const create = (typeId: string | null) =>
      this.tickets.create(
        scope.project,
        {
          text: this.textOf(first),
          subject: this.subjectOf(first),
          channel: turn.transport.channel,
          chat_id: Number(turn.user.chatId),
          first_name: turn.user.firstName,
          username: turn.user.username,
          lang: turn.user.languageCode,
          ticket_type_id: typeId,
          attachments: first.attachments,
        },
        { source: 'bot' },
      );
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
    for (const message of rest) await this.tickets.addCustomerMessage(scope.project, ticket.id, { text: this.textOf(message), attachments: message.attachments }, { source: 'bot' });
    await this.setState(turn, 'idle', {});
    const confirmationId = await this.say(turn, turn.texts.ticketCreated(ticket.ticket_number));
    await this.chats.rememberTicketMessage({ channel: turn.transport.channel, chatId: turn.user.chatId, messageId: confirmationId, projectId: scope.project.id, ticketId: ticket.id });
  }

  /** Each message goes through TicketsService (ticket.replied, reopening a waiting or closed ticket). */
  private async appendMessages(turn: Turn, scope: Scope, ticketId: string, messages: DraftMessage[]): Promise<void> {
    for (const message of messages) await this.tickets.addCustomerMessage(scope.project, ticketId, { text: this.textOf(message), attachments: message.attachments }, { source: 'bot' });
  }

  // ---- helpers --------------------------------------------------------------------------------

  private async openTickets(turn: Turn, scope: Scope): Promise<TicketResponse[]> {
    const subscriber = await this.subscriberOf(turn, scope.project);
    return subscriber ? this.tickets.findOpenTicketsOfSubscriber(scope.project, subscriber.id) : [];
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
    return [...(pending ?? []), message].slice(-MAX_PENDING_MESSAGES);
  }

  private subscriberInput(turn: Turn) {
    return { channel: turn.transport.channel, chat_id: Number(turn.user.chatId), first_name: turn.user.firstName, username: turn.user.username, lang: turn.user.languageCode };
  }

  /** A media message without a caption still needs text: its kind in brackets (`[photo]`). */
  private textOf(message: DraftMessage): string {
    if (message.text.trim()) return message.text;
    const attachment = message.attachments[0];
    return attachment ? attachment.caption?.trim() || `[${attachment.type}]` : '';
  }

  private subjectOf(message: DraftMessage): string | null {
    const firstLine = this.textOf(message).split('\n')[0].trim();
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
