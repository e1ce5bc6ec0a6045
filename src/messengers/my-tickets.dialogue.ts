import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isUuid } from '../common/ids.js';
import { CsatAlreadyRated, CsatTicketNotClosed } from '../csat/csat.errors.js';
import { CsatService } from '../csat/csat.service.js';
import { toAuthenticated } from '../projects/projects.service.js';
import { TicketChatService } from '../tickets/ticket-chat.service.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { ChatTurnService } from './chat-turn.service.js';
import { CALLBACK, removeButtons, say, type Scope, statusName, type Turn } from './conversation-turn.js';
import type { MessengerChat } from './messenger-chat.entity.js';
import { MessengerChatStore } from './messenger-chat.store.js';

// "My tickets": closed tickets stay listed this long; opening one shows this many messages.
const RECENTLY_CLOSED_DAYS = 30;
const MY_TICKETS_SHOWN = 10;
const VIEW_MESSAGES = 5;
const VIEW_LINE_LENGTH = 300;

/** The customer's own tickets in the chat: list, view, close, and the CSAT buttons after a close. */
@Injectable()
export class MyTicketsDialogue {
  constructor(
    private readonly chats: MessengerChatStore,
    private readonly tickets: TicketsService,
    private readonly ticketChats: TicketChatService,
    private readonly csat: CsatService,
    private readonly turns: ChatTurnService,
  ) {}

  /** "My tickets": open and recently closed tickets of this chat in the current project, each a button to open it. */
  async listTickets(turn: Turn, scope: Scope): Promise<void> {
    if (!scope.settings.allowView) return void (await say(turn, turn.texts.viewNotAllowed));
    const tickets = (await this.turns.ticketsOfChat(turn, RECENTLY_CLOSED_DAYS))
      .filter((ticket) => ticket.projectId === scope.project.id)
      .slice(0, MY_TICKETS_SHOWN);
    if (tickets.length === 0) return void (await say(turn, turn.texts.noTickets));
    await say(
      turn,
      turn.texts.myTicketsTitle,
      tickets.map((ticket) => [
        {
          text: turn.texts
            .ticketLine(ticket.ticketNumber, statusName(turn, ticket.status), ticket.subject ?? '')
            .slice(0, 60),
          data: CALLBACK.view + ticket.id,
        },
      ]),
    );
  }

  /** One of the customer's tickets: status and its last public messages, with a button to close it while open. */
  async viewTicket(turn: Turn, ticketId: string): Promise<void> {
    // Only this chat's own tickets: the callback data is not trusted.
    const chatTickets = await this.turns.ticketsOfChat(turn, RECENTLY_CLOSED_DAYS);
    const ticket = chatTickets.find((candidate) => candidate.id === ticketId);
    const project = ticket ? await this.turns.projectById(ticket.projectId) : null;
    if (!ticket || !project) return void (await say(turn, turn.texts.stale));
    const messages = await this.ticketChats.lastPublicMessages(toAuthenticated(project), ticket.id, VIEW_MESSAGES);
    const lines = messages.map((message) => {
      const text = message.text || message.attachments.map((attachment) => `[${attachment.type}]`).join(' ');
      const shown = text.length > VIEW_LINE_LENGTH ? `${text.slice(0, VIEW_LINE_LENGTH - 1)}…` : text;
      return turn.texts.messageLine(message.author !== 'customer', shown);
    });
    const header = turn.texts.ticketHeader(ticket.ticketNumber, statusName(turn, ticket.status), ticket.subject ?? '');
    const text = [header, '', ...(lines.length ? lines : [turn.texts.noMessages])].join('\n');
    const closeButton = [[{ text: turn.texts.closeTicket, data: CALLBACK.close + ticket.id }]];
    await say(turn, text, ticket.status === 'closed' ? undefined : closeButton);
  }

  /** The customer closes their own ticket (history source `customer`; the close message and survey follow as usual). */
  async closeTicket(turn: Turn, ticketId: string, messageId: string | null): Promise<void> {
    const ticket = (await this.turns.ticketsOfChat(turn, 0)).find((candidate) => candidate.id === ticketId);
    const project = ticket ? await this.turns.projectById(ticket.projectId) : null;
    if (!ticket || !project) return void (await say(turn, turn.texts.stale));
    await removeButtons(turn, messageId);
    await this.tickets.changeStatus(toAuthenticated(project), ticket.id, 'closed', { source: 'customer' });
    await say(turn, turn.texts.ticketClosedByCustomer(ticket.ticketNumber));
  }

  async rate(turn: Turn, data: string, messageId: string | null): Promise<void> {
    const match = /^([0-9a-f-]{36}):([1-5])$/i.exec(data);
    if (!match || !isUuid(match[1])) return void (await say(turn, turn.texts.stale));
    const [, ticketId, rating] = match;
    const link = await this.chats.ticketLink(turn.transport.channel, turn.user.chatId, ticketId);
    const project = link ? await this.turns.projectById(link.projectId) : null;
    if (!project) return void (await say(turn, turn.texts.stale));
    const channel = turn.transport.channel;
    const recorded = await this.recordRating(toAuthenticated(project), ticketId, Number(rating), channel);
    await removeButtons(turn, messageId);
    await say(turn, recorded ? turn.texts.csatThanks(Number(rating)) : turn.texts.csatAlready);
  }

  /**
   * Stores the rating through the CSAT rule (ticket.csat_received); false when this closing is already
   * rated or reopened.
   */
  private async recordRating(
    project: AuthenticatedProject,
    ticketId: string,
    rating: number,
    channel: MessengerChat['channel'],
  ): Promise<boolean> {
    try {
      await this.csat.recordCsatRating(project, ticketId, rating, channel);
      return true;
    } catch (error) {
      if (error instanceof CsatAlreadyRated || error instanceof CsatTicketNotClosed) return false;
      throw error;
    }
  }
}
