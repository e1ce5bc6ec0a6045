import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { roleHasPermission } from '../common/auth/permissions.js';
import { AppError } from '../common/errors/app-error.js';
import type { LinkedMemberRow } from '../team/member-telegram.service.js';
import { TICKET_PRIORITIES, TICKET_STATUSES, type TicketPriority, type TicketStatus } from '../tickets/ticket-enums.js';
import { TicketsService } from '../tickets/tickets.service.js';
import type { MessageAttachment } from '../tickets/ticket-message.entity.js';
import type { Sql } from '../common/database/sql.js';
import { TeamChatMirrorStore } from './team-chat-mirror.store.js';
import { TEAM_TEXTS } from './team-chat-texts.js';

/** What a member did from a topic: a message, a command or a button. */
export type TopicAction =
  | { kind: 'reply'; text: string; internal: boolean; files?: (ticketId: string) => Promise<TopicAttachments> }
  | { kind: 'take' }
  | { kind: 'status'; status: TicketStatus }
  | { kind: 'priority'; priority: TicketPriority }
  | { kind: 'help' };

/** Files of a topic message, written with the reply (their rows in its transaction). */
export interface TopicAttachments {
  attachments: MessageAttachment[];
  record(sql: Sql, target: { ticketId: string; messageId: string }): Promise<void>;
}

/** The answer for the topic (or the button's toast); null: nothing to say. */
export type ActionOutcome = { ok: true; say: string | null } | { ok: false; say: string };

/** A topic message as an action: `!` note, a command, or a public reply. */
export function parseTopicText(text: string): TopicAction | null {
  const command = /^\/([a-z_]+)(?:@\w+)?(?:\s+(.*))?$/is.exec(text.trim());
  if (command) {
    const [, name, argument = ''] = command;
    const value = argument.trim().toLowerCase();
    switch (name.toLowerCase()) {
      case 'take':
        return { kind: 'take' };
      case 'close':
        return { kind: 'status', status: 'closed' };
      case 'reopen':
        return { kind: 'status', status: 'in_progress' };
      case 'status':
        return (TICKET_STATUSES as readonly string[]).includes(value)
          ? { kind: 'status', status: value as TicketStatus }
          : { kind: 'help' };
      case 'priority':
        return (TICKET_PRIORITIES as readonly string[]).includes(value)
          ? { kind: 'priority', priority: value as TicketPriority }
          : { kind: 'help' };
      default:
        return { kind: 'help' };
    }
  }
  if (text.startsWith('!')) {
    const note = text.slice(1).trim();
    return note ? { kind: 'reply', text: note, internal: true } : null;
  }
  return { kind: 'reply', text, internal: false };
}

/**
 * A linked member's action on a ticket from its topic, through the same services as the REST routes
 * (`POST /tickets/{id}/reply`, status, assign, priority): credit charged, webhooks fired, history kept. A
 * reply or note written here is marked so the mirror does not post it back. Viewers may do nothing.
 */
@Injectable()
export class TeamChatActionsService {
  constructor(
    private readonly tickets: TicketsService,
    private readonly mirror: TeamChatMirrorStore,
  ) {}

  mayAct(member: LinkedMemberRow): boolean {
    return roleHasPermission(member.role, 'tickets.write');
  }

  async run(
    project: AuthenticatedProject,
    ticketId: string,
    member: LinkedMemberRow,
    action: TopicAction,
  ): Promise<ActionOutcome> {
    if (action.kind === 'help') return { ok: false, say: TEAM_TEXTS.unknownCommand };
    const memberId = member.member_id;
    try {
      switch (action.kind) {
        case 'reply': {
          const files = action.files ? await action.files(ticketId) : undefined;
          await this.tickets.reply(
            project,
            ticketId,
            {
              text: action.text,
              internal: action.internal,
              member_id: memberId,
              attachments: files?.attachments,
            },
            {
              source: 'api',
              memberId,
              withMessage: async (sql, message) => {
                await files?.record(sql, { ticketId: message.ticketId, messageId: message.id });
                await this.mirror.insertEcho(sql, message.ticketId, message.id);
              },
            },
          );
          return { ok: true, say: null };
        }
        case 'take':
          await this.tickets.assign(project, ticketId, memberId);
          // The mirror posts the assignment line.
          return { ok: true, say: null };
        case 'status':
          await this.tickets.changeStatus(project, ticketId, action.status, { source: 'api', memberId });
          return { ok: true, say: null };
        case 'priority':
          await this.tickets.setPriority(project, ticketId, action.priority);
          return { ok: true, say: TEAM_TEXTS.priorityLine(action.priority, member.name) };
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'no_credits_left') return { ok: false, say: TEAM_TEXTS.noCredit };
      return { ok: false, say: TEAM_TEXTS.failed(error.message) };
    }
  }
}
