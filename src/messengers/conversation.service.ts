import { Injectable, Logger } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { Project } from '../projects/project.entity.js';
import { ProjectsService, toAuthenticated } from '../projects/projects.service.js';
import { effectiveStatus } from '../requests/helpdesk-request.entity.js';
import { REQUEST_START_PREFIX, RequestsService } from '../requests/requests.service.js';
import type { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import { SettingsService } from '../settings/settings.service.js';
import { botTexts, BotTexts } from './bot-texts.js';
import type { ChatButton, ChatTransport, ChatUser, IncomingChatEvent } from './chat-transport.js';
import { MessengerChat } from './messenger-chat.entity.js';
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

/** Everything one update needs: who, which chat, in which language, through which messenger. */
interface Turn {
  transport: ChatTransport;
  user: ChatUser;
  chat: MessengerChat;
  texts: BotTexts;
}

/**
 * The helpdesk dialogue, independent of the messenger: help menu, ticket creation with an optional
 * type, "my tickets", routing a message among several open tickets, the consent screen of deep-link
 * requests, and the CSAT buttons. A messenger adapter turns its updates into IncomingChatEvents and
 * gives a ChatTransport to answer through.
 */
@Injectable()
export class ConversationService {
  private readonly logger = new Logger('Conversation');

  constructor(
    private readonly chats: MessengerChatsService,
    private readonly projects: ProjectsService,
    private readonly settings: SettingsService,
    private readonly requests: RequestsService,
  ) {}

  async handle(transport: ChatTransport, event: IncomingChatEvent): Promise<void> {
    const chat = await this.chats.touch(transport.channel, event.user);
    const turn: Turn = { transport, user: event.user, chat, texts: botTexts(chat.language) };
    switch (event.kind) {
      case 'start':
        return this.onStart(turn, event.payload);
      case 'callback':
        return this.onCallback(turn, event.callbackId, event.data, event.messageId);
      case 'message':
        return this.onMessage(turn, event);
    }
  }

  // ---- /start ---------------------------------------------------------------------------------

  private async onStart(turn: Turn, payload: string): Promise<void> {
    if (payload.startsWith(HELP_START_PREFIX)) return this.openHelp(turn, payload.slice(HELP_START_PREFIX.length));
    if (payload.startsWith(REQUEST_START_PREFIX)) return this.openRequest(turn, payload.slice(REQUEST_START_PREFIX.length));
    const project = turn.chat.projectId ? await this.projectById(turn.chat.projectId) : null;
    if (!project) return void (await this.say(turn, turn.texts.noProject));
    await this.showMenu(turn, project, await this.settings.get(toAuthenticated(project)));
  }

  private async openHelp(turn: Turn, slug: string): Promise<void> {
    const project = /^[a-z0-9-]{1,40}$/.test(slug) ? await this.projects.findBySlug(slug) : null;
    if (!project) return void (await this.say(turn, turn.texts.unknownProject));
    const settings = await this.settings.get(toAuthenticated(project));
    if (!settings.helpdeskEnabled) return void (await this.say(turn, turn.texts.helpdeskDisabled));
    await this.bindChat(turn, project, {});
    await this.showMenu(turn, project, settings, { welcome: true });
  }

  private async openRequest(turn: Turn, requestId: string): Promise<void> {
    const request = await this.requests.findForMessenger(requestId);
    if (!request) return void (await this.say(turn, turn.texts.requestExpired));
    const status = effectiveStatus(request);
    const project = await this.projectById(request.projectId);
    if (!project) return void (await this.say(turn, turn.texts.requestExpired));
    if (status === 'accepted' && request.channel === turn.transport.channel && request.chatId === turn.user.chatId) {
      await this.bindChat(turn, project, { ticketTypeId: request.ticketTypeId });
      return this.showMenu(turn, project, await this.settings.get(toAuthenticated(project)), { welcome: true });
    }
    if (status === 'expired') return void (await this.say(turn, turn.texts.requestExpired));
    if (status !== 'pending') return void (await this.say(turn, turn.texts.requestUsed));
    const settings = await this.settings.get(toAuthenticated(project));
    if (!settings.helpdeskEnabled || !settings.allowCreate) return void (await this.say(turn, turn.texts.helpdeskDisabled));
    if (await this.isSubscribed(turn, project)) return this.acceptRequest(turn, requestId, null);
    await turn.transport.send(turn.user.chatId, {
      text: turn.texts.consent(project.name, project.description),
      buttons: [[{ text: turn.texts.subscribe, data: CALLBACK.accept + requestId }, { text: turn.texts.cancel, data: CALLBACK.decline + requestId }]],
    });
  }

  // ---- buttons --------------------------------------------------------------------------------

  private async onCallback(turn: Turn, callbackId: string, data: string, messageId: string | null): Promise<void> {
    // Answer first: Telegram shows a spinner on the button until the query is answered.
    await turn.transport.answerCallback(callbackId).catch((error: unknown) => this.logger.warn({ msg: 'answerCallback failed', error: (error as Error).message }));
    if (data.startsWith(CALLBACK.accept)) return this.acceptRequest(turn, data.slice(CALLBACK.accept.length), messageId);
    if (data.startsWith(CALLBACK.decline)) return this.declineRequest(turn, data.slice(CALLBACK.decline.length), messageId);
    const project = turn.chat.projectId ? await this.projectById(turn.chat.projectId) : null;
    if (!project) return void (await this.say(turn, turn.texts.noProject));
    return this.onProjectCallback(turn, project, data, messageId);
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

  // ---- ticket flows (wired to the tickets module once it lands) ----

  private async isSubscribed(_turn: Turn, _project: Project): Promise<boolean> {
    return false;
  }

  private async acceptRequest(turn: Turn, requestId: string, messageId: string | null): Promise<void> {
    await this.removeButtons(turn, messageId);
    await this.explainUnusableRequest(turn, requestId);
  }

  private async onProjectCallback(turn: Turn, project: Project, _data: string, _messageId: string | null): Promise<void> {
    await this.showMenu(turn, project, await this.settings.get(toAuthenticated(project)));
  }

  private async onMessage(turn: Turn, _event: Extract<IncomingChatEvent, { kind: 'message' }>): Promise<void> {
    const project = turn.chat.projectId ? await this.projectById(turn.chat.projectId) : null;
    if (!project) return void (await this.say(turn, turn.texts.noProject));
    await this.showMenu(turn, project, await this.settings.get(toAuthenticated(project)));
  }

  // ---- helpers --------------------------------------------------------------------------------

  private async showMenu(turn: Turn, project: Project, settings: HelpdeskSettings, options: { welcome?: boolean } = {}): Promise<void> {
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

  static authenticated(project: Project): AuthenticatedProject {
    return toAuthenticated(project);
  }
}
