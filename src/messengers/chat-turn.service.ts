import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { Project } from '../common/tenancy/project.entity.js';
import { ProjectsService, toAuthenticated } from '../projects/projects.service.js';
import type { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import { SettingsService } from '../settings/settings.service.js';
import { SubscribersService } from '../subscribers/subscribers.service.js';
import { TicketChatService } from '../tickets/ticket-chat.service.js';
import type { ChatTicketRow } from '../tickets/ticket-inputs.js';
import type { Scope, Turn } from './conversation-turn.js';
import type { IncomingChatEvent } from './chat-transport.js';
import type { MessengerChat } from './messenger-chat.entity.js';
import { MessengerChatStore } from './messenger-chat.store.js';

/** The chat's state and project as the dialogue steps read and change them. */
@Injectable()
export class ChatTurnService {
  constructor(
    private readonly chats: MessengerChatStore,
    private readonly projects: ProjectsService,
    private readonly settings: SettingsService,
    private readonly ticketChats: TicketChatService,
    private readonly subscribers: SubscribersService,
  ) {}

  async bindChat(turn: Turn, project: Project, draft: { ticketTypeId?: string | null }): Promise<void> {
    await this.chats.update(turn.transport.channel, turn.user.chatId, { projectId: project.id, state: 'idle', draft });
    turn.chat.projectId = project.id;
    turn.chat.state = 'idle';
    turn.chat.draft = draft;
  }

  async setState(turn: Turn, state: MessengerChat['state'], draft: MessengerChat['draft']): Promise<void> {
    // A type pre-selected by a deep-link request survives until a ticket is created.
    const keepType = turn.chat.draft.ticketTypeId && draft.ticketTypeId === undefined && state !== 'idle';
    const next = { ...(keepType ? { ticketTypeId: turn.chat.draft.ticketTypeId } : {}), ...draft };
    await this.chats.update(turn.transport.channel, turn.user.chatId, { state, draft: next });
    turn.chat.state = state;
    turn.chat.draft = next;
  }

  async boundProject(turn: Turn): Promise<Project | null> {
    return turn.chat.projectId ? this.projectById(turn.chat.projectId) : null;
  }

  async projectById(projectId: string): Promise<Project | null> {
    return this.projects.get(projectId).catch(() => null);
  }

  async scopeOf(project: Project): Promise<Scope> {
    return { project: toAuthenticated(project), settings: await this.settingsOf(project) };
  }

  async settingsOf(project: Project): Promise<HelpdeskSettings> {
    return this.settings.get(toAuthenticated(project));
  }

  /** The project's team blocked this chat's customer: their messages open nothing and get no answer. */
  async blockedIn(turn: Turn, project: AuthenticatedProject): Promise<boolean> {
    if (!/^-?\d+$/.test(turn.user.chatId)) return false;
    const customer = await this.subscribers.findByChat(project, turn.transport.channel, Number(turn.user.chatId));
    return customer?.agentBlocked === true;
  }

  /**
   * A button or a bare /start from a customer the bound project's team blocked: no answer at all (a help
   * link is checked once it names its project; messages are checked where they would be stored).
   */
  async silencedIn(turn: Turn, event: IncomingChatEvent): Promise<boolean> {
    const bare = event.kind === 'callback' || (event.kind === 'start' && !event.payload);
    if (!bare || !turn.chat.projectId) return false;
    const project = await this.projectById(turn.chat.projectId);
    return project !== null && this.blockedIn(turn, toAuthenticated(project));
  }

  /**
   * This chat's tickets in every project: open ones, and those closed within `closedWithinDays`. Tickets of a
   * project whose team blocked the customer are left out: messages never go there.
   */
  async ticketsOfChat(turn: Turn, closedWithinDays: number): Promise<ChatTicketRow[]> {
    if (!/^-?\d+$/.test(turn.user.chatId)) return [];
    const prefetched = closedWithinDays === 0 ? turn.openTickets : undefined;
    turn.openTickets = undefined;
    const tickets =
      prefetched ??
      (await this.ticketChats.findTicketsOfChat(turn.transport.channel, Number(turn.user.chatId), closedWithinDays));
    return tickets.filter((ticket) => !ticket.customerBlocked);
  }
}
