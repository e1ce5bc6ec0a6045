import { sqlOfManager } from '../common/database/sql.js';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { AppError } from '../common/errors/app-error.js';
import { ProjectsService, toAuthenticated } from '../projects/projects.service.js';
import { REQUEST_START_PREFIX } from '../requests/requests.service.js';
import type { Subscriber } from '../subscribers/subscriber.entity.js';
import { SubscribersService } from '../subscribers/subscribers.service.js';
import type { TicketResponse } from '../tickets/dto/ticket-response.dto.js';
import { TicketTypeNotUsable } from '../ticket-types/ticket-types.errors.js';
import { TicketTypesService } from '../ticket-types/ticket-types.service.js';
import type { ChatTicketRow } from '../tickets/ticket-inputs.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { ticketsOfChatRows } from '../tickets/ticket-chat.service.js';
import { ticketsOfChatStatement } from '../tickets/ticket.store.js';
import type { MessengerChannel } from '../common/channels.js';
import type { OpeningReads } from './processed-updates.service.js';
import { botTexts, chatLanguage } from './bot-texts.js';
import type { ChatTransport, IncomingChatEvent } from './chat-transport.js';
import { ChatTurnService } from './chat-turn.service.js';
import {
  CALLBACK,
  HELP_START_PREFIX,
  removeButtons,
  say,
  type Scope,
  showMenu,
  subjectOf,
  subscriberInputOf,
  type Turn,
  withPendingMessage,
} from './conversation-turn.js';
import { routeCustomerMessage } from './customer-message-routing.js';
import { CustomerMessagesService } from './customer-messages.service.js';
import type { DraftMessage, MessengerChat } from './messenger-chat.entity.js';
import { MessengerChatStore } from './messenger-chat.store.js';
import { MyTicketsDialogue } from './my-tickets.dialogue.js';
import { RequestConsentDialogue } from './request-consent.dialogue.js';

/** What a turn opens with: the chat (touched) and, for a plain message, the chat's open tickets. */
export interface ChatOpening {
  chat: MessengerChat;
  openTickets?: ChatTicketRow[];
}

interface TicketTypeChoice {
  id: string;
  name: string;
}

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
    private readonly chats: MessengerChatStore,
    private readonly projects: ProjectsService,
    private readonly subscribers: SubscribersService,
    private readonly tickets: TicketsService,
    private readonly ticketTypes: TicketTypesService,
    private readonly customerMessages: CustomerMessagesService,
    private readonly turns: ChatTurnService,
    private readonly consent: RequestConsentDialogue,
    private readonly myTickets: MyTicketsDialogue,
  ) {}

  /**
   * The "open" stage: the statements a turn starts with, for the caller to send with the update's claim in
   * one round trip (the chat's touch, and for a plain message — no album, not a reply — its open tickets,
   * which decide where the message goes), and how their rows become the turn's typed opening.
   */
  opening(channel: MessengerChannel, event: IncomingChatEvent): OpeningReads<ChatOpening> {
    const touch = this.chats.touchStatement(channel, event.user, chatLanguage(event.user.languageCode));
    const plainMessage = event.kind === 'message' && !event.mediaGroupId && !event.replyToMessageId;
    const withTickets = plainMessage && /^-?\d+$/.test(event.user.chatId);
    return {
      statements: withTickets ? [touch, ticketsOfChatStatement(channel, Number(event.user.chatId), 0)] : [touch],
      read: ([touched, tickets]) => ({
        chat: this.chats.chatOfTouch(touched),
        openTickets: withTickets ? ticketsOfChatRows(tickets) : undefined,
      }),
    };
  }

  /** The "dialogue" stage: one event of a chat, on its opening (read with the update's claim). */
  async handle(transport: ChatTransport, event: IncomingChatEvent, opening: ChatOpening): Promise<void> {
    const { chat } = opening;
    const turn: Turn = { transport, user: event.user, chat, texts: botTexts(chat.language) };
    if (opening.openTickets) turn.openTickets = opening.openTickets;
    if (await this.turns.silencedIn(turn, event)) return;
    try {
      switch (event.kind) {
        case 'start':
          return await this.onStart(turn, event.payload);
        case 'callback':
          return await this.onCallback(turn, event.callbackId, event.data, event.messageId);
        case 'message':
          return await this.onMessage(
            turn,
            {
              text: event.text,
              attachments: event.attachments,
              messageId: event.messageId,
              mediaGroupId: event.mediaGroupId,
            },
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
      await this.turns.setState(turn, 'idle', {});
      await say(turn, turn.texts.refused);
    }
  }

  // ---- /start ---------------------------------------------------------------------------------

  private async onStart(turn: Turn, payload: string): Promise<void> {
    if (payload.startsWith(HELP_START_PREFIX)) return this.openHelp(turn, payload.slice(HELP_START_PREFIX.length));
    if (payload.startsWith(REQUEST_START_PREFIX))
      return this.consent.openRequest(turn, payload.slice(REQUEST_START_PREFIX.length));
    const project = await this.turns.boundProject(turn);
    if (!project) return void (await say(turn, turn.texts.noProject));
    await showMenu(turn, await this.turns.settingsOf(project));
  }

  private async openHelp(turn: Turn, slug: string): Promise<void> {
    const project = /^[a-z0-9-]{1,40}$/.test(slug) ? await this.projects.findBySlug(slug) : null;
    if (!project) return void (await say(turn, turn.texts.unknownProject));
    const settings = await this.turns.settingsOf(project);
    if (!settings.helpdeskEnabled) return void (await say(turn, turn.texts.helpdeskDisabled));
    // First contact subscribes the customer (subscription.created is written by SubscribersService).
    await this.dataSource.transaction((manager) =>
      this.subscribers.findOrCreate(toAuthenticated(project), sqlOfManager(manager), subscriberInputOf(turn)),
    );
    await this.turns.bindChat(turn, project, {});
    if (await this.turns.blockedIn(turn, toAuthenticated(project))) return;
    await showMenu(turn, settings, { welcome: true });
  }

  private async onCallback(turn: Turn, callbackId: string, data: string, messageId: string | null): Promise<void> {
    // Answer first: messengers show a loading state on the pressed button until the press is answered.
    await turn.transport
      .answerCallback(callbackId)
      .catch((error: unknown) => this.logger.warn({ msg: 'answerCallback failed', error: (error as Error).message }));
    if (data.startsWith(CALLBACK.accept))
      return this.consent.acceptRequest(turn, data.slice(CALLBACK.accept.length), messageId);
    if (data.startsWith(CALLBACK.decline))
      return this.consent.declineRequest(turn, data.slice(CALLBACK.decline.length), messageId);
    if (data.startsWith(CALLBACK.csat)) return this.myTickets.rate(turn, data.slice(CALLBACK.csat.length), messageId);
    if (data.startsWith(CALLBACK.ticket)) return this.chooseTicket(turn, data.slice(CALLBACK.ticket.length), messageId);
    if (data.startsWith(CALLBACK.view)) return this.myTickets.viewTicket(turn, data.slice(CALLBACK.view.length));
    if (data.startsWith(CALLBACK.close))
      return this.myTickets.closeTicket(turn, data.slice(CALLBACK.close.length), messageId);
    const project = await this.turns.boundProject(turn);
    if (!project) return void (await say(turn, turn.texts.noProject));
    const scope = await this.turns.scopeOf(project);
    if (data === CALLBACK.create) return this.startCreation(turn, scope);
    if (data === CALLBACK.list) return this.myTickets.listTickets(turn, scope);
    if (data.startsWith(CALLBACK.type))
      return this.chooseType(turn, scope, data.slice(CALLBACK.type.length), messageId);
    await say(turn, turn.texts.stale);
  }

  private async startCreation(turn: Turn, scope: Scope, pending: DraftMessage[] = []): Promise<void> {
    if (await this.turns.blockedIn(turn, scope.project)) return;
    if (!scope.settings.helpdeskEnabled || !scope.settings.allowCreate)
      return void (await say(turn, turn.texts.createNotAllowed));
    const types = await this.ticketTypesOf(scope);
    const preselected =
      turn.chat.draft.ticketTypeId && types.some((type) => type.id === turn.chat.draft.ticketTypeId)
        ? turn.chat.draft.ticketTypeId
        : null;
    if (types.length > 0 && !preselected) {
      await this.turns.setState(turn, 'choosing_type', { pendingMessages: pending });
      await say(
        turn,
        turn.texts.chooseType,
        types.map((type) => [{ text: type.name, data: CALLBACK.type + type.id }]),
      );
      return;
    }
    if (pending.length > 0) return this.createTicket(turn, scope, pending, preselected);
    await this.turns.setState(turn, 'describing', { ticketTypeId: preselected });
    await say(turn, turn.texts.describe);
  }

  private async chooseType(turn: Turn, scope: Scope, typeId: string, messageId: string | null): Promise<void> {
    await removeButtons(turn, messageId);
    const types = await this.ticketTypesOf(scope);
    const type = types.find((candidate) => candidate.id === typeId);
    if (!type || turn.chat.state !== 'choosing_type') return void (await say(turn, turn.texts.stale));
    const pending = turn.chat.draft.pendingMessages ?? [];
    if (pending.length > 0) return this.createTicket(turn, scope, pending, type.id);
    await this.turns.setState(turn, 'describing', { ticketTypeId: type.id });
    await say(turn, turn.texts.describe);
  }

  private async chooseTicket(turn: Turn, ticketId: string, messageId: string | null): Promise<void> {
    await removeButtons(turn, messageId);
    // Only the customer's own open tickets: the callback data is not trusted.
    const ticket = (await this.turns.ticketsOfChat(turn, 0)).find((candidate) => candidate.id === ticketId);
    const project = ticket ? await this.turns.projectById(ticket.projectId) : null;
    const pending = turn.chat.draft.pendingMessages ?? [];
    if (!ticket || !project || pending.length === 0) return void (await say(turn, turn.texts.stale));
    if (!(await this.appendMessages(turn, toAuthenticated(project), ticket.id, pending))) return;
    await this.turns.setState(turn, 'idle', {});
    await say(turn, turn.texts.addedToTicket(ticket.ticketNumber));
  }

  private async onMessage(turn: Turn, message: DraftMessage, replyToMessageId: string | null): Promise<void> {
    const channel = turn.transport.channel;
    // Later items of an album join the message of its first item, wherever that was filed.
    if (await this.customerMessages.appendToAlbum(channel, turn.user.chatId, message)) return;
    const replyToTicket = replyToMessageId
      ? await this.chats.ticketOfReply(channel, turn.user.chatId, replyToMessageId)
      : null;
    const project = await this.turns.boundProject(turn);
    const { state, draft } = turn.chat;
    if (project && !replyToTicket) {
      // A dialogue step in the current project comes first: the customer is creating a ticket.
      if (state === 'describing')
        return this.createTicket(turn, await this.turns.scopeOf(project), [message], draft.ticketTypeId ?? null);
      if (state === 'choosing_type' && (draft.pendingMessages?.length ?? 0) > 0) {
        // Still picking a type: keep the message for the ticket about to be created.
        await this.turns.setState(turn, 'choosing_type', {
          ...draft,
          pendingMessages: withPendingMessage(draft.pendingMessages, message),
        });
        return;
      }
    }
    const chatTickets = replyToTicket ? [] : await this.turns.ticketsOfChat(turn, 0);
    const route = routeCustomerMessage({
      replyToTicket,
      currentProjectId: project?.id ?? null,
      openTickets: chatTickets.map((ticket) => ({ ticketId: ticket.id, projectId: ticket.projectId })),
    });
    switch (route.kind) {
      case 'ticket': {
        const row = chatTickets.find((ticket) => ticket.id === route.ticket.ticketId);
        if (row) {
          // The open ticket's row carries its project and customer: no further lookups before the write.
          if (row.subscriberBlocked) await this.subscribers.setBlocked(row.project, row.subscriberId, false);
          await this.customerMessages.append(row.project, channel, turn.user.chatId, row.id, message);
        } else {
          const target = await this.turns.projectById(route.ticket.projectId);
          if (!target) return void (await say(turn, turn.texts.stale));
          await this.appendMessages(turn, toAuthenticated(target), route.ticket.ticketId, [message]);
        }
        // Filed in another project than the one the chat is talking to: say where it went.
        if (project && row && row.projectId !== project.id)
          await say(turn, turn.texts.addedToProjectTicket(row.ticketNumber, row.projectName));
        return;
      }
      case 'choose': {
        const tickets = route.tickets.map((choice) => chatTickets.find((ticket) => ticket.id === choice.ticketId)!);
        const pending = withPendingMessage(state === 'choosing_ticket' ? draft.pendingMessages : [], message);
        await this.turns.setState(turn, 'choosing_ticket', { pendingMessages: pending });
        const label = (ticket: ChatTicketRow) =>
          route.branch === 'several_projects'
            ? turn.texts.projectTicketButton(ticket.ticketNumber, ticket.projectName, ticket.subject ?? '')
            : turn.texts.ticketButton(ticket.ticketNumber, ticket.subject ?? '');
        await say(
          turn,
          turn.texts.chooseTicket,
          tickets.map((ticket) => [{ text: label(ticket).slice(0, 60), data: CALLBACK.ticket + ticket.id }]),
        );
        return;
      }
      case 'new_ticket':
        // No open ticket: the message starts one ("customer writes to the bot — a ticket is created").
        return this.startCreation(turn, await this.turns.scopeOf(project!), [message]);
      case 'no_project':
        return void (await say(turn, turn.texts.noProject));
    }
  }

  /** An edited customer message: the stored one is updated (old text kept), or the one still waiting in the draft. */
  private async onEdit(turn: Turn, messageId: string, text: string): Promise<void> {
    if (await this.customerMessages.edit(turn.transport.channel, turn.user.chatId, messageId, text)) return;
    const pending = turn.chat.draft.pendingMessages ?? [];
    if (!text.trim() || !pending.some((message) => message.messageId === messageId)) return;
    await this.turns.setState(turn, turn.chat.state, {
      ...turn.chat.draft,
      pendingMessages: pending.map((message) => (message.messageId === messageId ? { ...message, text } : message)),
    });
  }

  private async createTicket(
    turn: Turn,
    scope: Scope,
    messages: DraftMessage[],
    ticketTypeId: string | null,
  ): Promise<void> {
    if (await this.turns.blockedIn(turn, scope.project)) return this.turns.setState(turn, 'idle', {});
    if (!scope.settings.helpdeskEnabled || !scope.settings.allowCreate) {
      await this.turns.setState(turn, 'idle', {});
      return void (await say(turn, turn.texts.createNotAllowed));
    }
    const type = ticketTypeId
      ? (await this.ticketTypesOf(scope)).find((candidate) => candidate.id === ticketTypeId)
      : undefined;
    const [first, ...rest] = messages;
    const create = (typeId: string | null) => {
      const prepared = this.customerMessages.prepare(turn.transport.channel, turn.user.chatId, first);
      return this.tickets.create(
        scope.project,
        {
          text: prepared.text,
          subject: subjectOf(first),
          channel: turn.transport.channel,
          chat_id: Number(turn.user.chatId),
          first_name: turn.user.firstName,
          last_name: turn.user.lastName,
          username: turn.user.username,
          lang: turn.user.languageCode,
          ticket_type_id: typeId,
          attachments: prepared.attachments,
        },
        { source: 'bot', withMessage: prepared.withMessage, withMessageWritesOnly: prepared.withMessageWritesOnly },
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
        this.logger.warn({
          msg: 'picked ticket type no longer usable; ticket created without a type',
          project_id: scope.project.id,
          ticket_type_id: type?.id,
        });
        ticket = await create(null);
      }
    } catch (error) {
      if (error instanceof AppError && error.status === 403) {
        await this.turns.setState(turn, 'idle', {});
        return void (await say(turn, turn.texts.createNotAllowed));
      }
      throw error;
    }
    await this.appendMessages(turn, scope.project, ticket.id, rest);
    await this.turns.setState(turn, 'idle', {});
    const confirmationId = await say(turn, turn.texts.ticketCreated(ticket.ticket_number));
    await this.chats.rememberTicketMessage({
      channel: turn.transport.channel,
      chatId: turn.user.chatId,
      messageId: confirmationId,
      projectId: scope.project.id,
      ticketId: ticket.id,
    });
  }

  /** Each message goes through TicketsService; false, nothing stored, when the team blocked the customer. */
  private async appendMessages(
    turn: Turn,
    project: AuthenticatedProject,
    ticketId: string,
    messages: DraftMessage[],
  ): Promise<boolean> {
    if ((await this.subscriberOf(turn, project))?.agentBlocked) return false;
    for (const message of messages)
      await this.customerMessages.append(project, turn.transport.channel, turn.user.chatId, ticketId, message);
    return true;
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
}
