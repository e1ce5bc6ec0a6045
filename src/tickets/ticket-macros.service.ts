import { Injectable } from '@nestjs/common';
import { renderCannedText } from '../canned-responses/canned-text.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { UnitOfWork } from '../common/database/unit-of-work.js';
import { CreditsService } from '../credits/credits.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { TeamService } from '../team/team.service.js';
import { planAutoAssignOnReply } from './auto-assign.js';
import type { TicketResponse } from './dto/ticket-response.dto.js';
import { slaThresholdsOf } from './sla.js';
import { cannedValuesFor } from './ticket-canned-replies.service.js';
import { emptyChange, planAgentMessage, planAssign, planPriority, planStatus } from './ticket-change.js';
import { MESSAGE_TEXT_MAX_LENGTH, type TicketPriority, type TicketStatus } from './ticket-enums.js';
import { toTicketMessageResponse, toTicketResponse } from './ticket.mapper.js';
import { TicketWriter } from './ticket-writer.service.js';
import { CannedRenderInvalid } from './tickets.errors.js';

/** What a macro does to one ticket, with its assignee already resolved (src/macros/ turns "me" into an id). */
export interface MacroPlan {
  /** Canned-response text (variables filled in for the ticket), sent as a reply or, `internal`, a note. */
  text: string | null;
  internal: boolean;
  status?: TicketStatus;
  priority?: TicketPriority;
  addTags: string[];
  removeTags: string[];
  /** A member id, null to unassign, undefined to leave the assignee alone. */
  assignTo?: string | null;
  /** Who applies it: the reply's author, `agent_name`, and the member in status history. */
  memberId: string | null;
}

/**
 * Applies a macro in one transaction: the text first (a public reply moves a `new` ticket to `in_progress`,
 * like any reply), then status, priority, tags and assignee; the reply's credit is charged last, so with no
 * credit left (402) nothing at all is applied.
 */
@Injectable()
export class TicketMacros {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly writer: TicketWriter,
    private readonly settings: SettingsService,
    private readonly team: TeamService,
    private readonly credits: CreditsService,
  ) {}

  apply(project: AuthenticatedProject, ticketId: string, plan: MacroPlan): Promise<TicketResponse> {
    return this.unitOfWork.write(async (tx) => {
      const ticket = await this.writer.load(project, tx, ticketId, true);
      const settings = await this.settings.get(project, tx);
      const author = plan.memberId ? await this.team.requireMember(project, plan.memberId, 'member_id', tx) : null;
      if (plan.assignTo) await this.team.requireMember(project, plan.assignTo, 'actions.assign', tx);
      const change = emptyChange();
      let chargedMessageId: string | null = null;
      if (plan.text !== null) {
        const text = renderCannedText(plan.text, cannedValuesFor(project, ticket, author));
        if (text.trim().length === 0) throw new CannedRenderInvalid('the macro text renders to an empty text');
        if (text.length > MESSAGE_TEXT_MAX_LENGTH) {
          throw new CannedRenderInvalid(`the macro text renders to more than ${MESSAGE_TEXT_MAX_LENGTH} characters`);
        }
        const toChat = !plan.internal && this.writer.reachesChat(ticket);
        const message = await this.writer.insertMessage(tx, {
          ticketId: ticket.id,
          author: 'agent',
          memberId: plan.memberId,
          text,
          internal: plan.internal,
          attachments: [],
          delivery: toChat ? 'pending' : null,
        });
        planAgentMessage(ticket, message, toTicketMessageResponse(message), change);
        if (plan.assignTo === undefined) planAutoAssignOnReply(settings, ticket, message, change);
        if (!plan.internal) chargedMessageId = message.id;
      }
      if (plan.status) planStatus(ticket, plan.status, 'api', change, plan.memberId);
      if (plan.priority) planPriority(ticket, plan.priority, change);
      const tags = [...new Set([...ticket.tags, ...plan.addTags])].filter((tag) => !plan.removeTags.includes(tag));
      if (tags.length !== ticket.tags.length || tags.some((tag, index) => tag !== ticket.tags[index])) {
        change.set.tags = tags;
      }
      if (plan.assignTo !== undefined) planAssign(ticket, plan.assignTo, change);
      const response = await this.writer.commit(project, tx, ticket, change, settings);
      // Last: the charge locks the project's credit account until commit. No credit → 402, all rolled back.
      if (chargedMessageId !== null) await this.credits.chargeReply(project, tx, chargedMessageId);
      return response ?? toTicketResponse(ticket, slaThresholdsOf(settings));
    });
  }
}
