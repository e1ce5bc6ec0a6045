import { Injectable } from '@nestjs/common';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { WriteTransaction } from '../common/database/sql.js';
import { UnitOfWork } from '../common/database/unit-of-work.js';
import { CreditsService } from '../credits/credits.service.js';
import type { HelpdeskSettings } from '../settings/helpdesk-settings.entity.js';
import { SettingsService } from '../settings/settings.service.js';
import type { TeamMember } from '../team/team-member.entity.js';
import { TeamService } from '../team/team.service.js';
import type { TicketMessageResponse } from './dto/ticket-response.dto.js';
import { emptyChange, planAgentMessage } from './ticket-change.js';
import { type ChangeOptions, messageAtCommit, type ReplyInput } from './ticket-inputs.js';
import type { MessageAttachment, TicketMessage } from './ticket-message.entity.js';
import type { Ticket } from './ticket.entity.js';
import { toTicketMessageResponse } from './ticket.mapper.js';
import { TicketCannedReplies } from './ticket-canned-replies.service.js';
import { TicketWriter } from './ticket-writer.service.js';
import { ReplyTextRequired } from './tickets.errors.js';

/** Stage 1's result: what the agent asked for, checked for shape before anything is read. */
export interface ReplyDraft {
  text: string | undefined;
  cannedResponseId: string | undefined;
  memberId: string | null;
  internal: boolean;
  attachments: MessageAttachment[];
  afterMessageId: string | undefined;
}

/** Stage 2's result: the locked ticket, who writes, the final text, and whether it goes to a chat. */
export interface AddressedReply {
  ticket: Ticket;
  member: TeamMember | null;
  text: string;
  internal: boolean;
  attachments: MessageAttachment[];
  toChat: boolean;
  settings: HelpdeskSettings;
}

/** Stage 3's result: the stored message (its chat delivery and webhook events queued in the outbox). */
export interface StoredReply {
  message: TicketMessage;
  response: TicketMessageResponse;
}

/**
 * An agent's reply going out, in named stages, each handing the next a typed value:
 * **draft** (the input's shape: text, canned response or files) → **address** (the ticket locked; a reply
 * written after `after_message_id` meets the messages that came since, 409; the author, the text rendered,
 * whether a chat can be reached: `ReplyReachability` refuses a channel without a bot or a chat that never
 * wrote) → **store** (the message, the ticket's change and history, the outbox rows for the chat and
 * webhooks) → **charge** (one credit for a public reply, last before COMMIT; no credit rolls all back).
 * All but the draft run in one counted write (UnitOfWork.write); after COMMIT the messenger's delivery worker
 * takes the outbox row (docs/architecture.md "Agent reply → customer").
 */
@Injectable()
export class AgentReplyFlow {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly writer: TicketWriter,
    private readonly settings: SettingsService,
    private readonly team: TeamService,
    private readonly cannedReplies: TicketCannedReplies,
    private readonly credits: CreditsService,
  ) {}

  async run(
    project: AuthenticatedProject,
    ticketId: string,
    input: ReplyInput,
    options: ChangeOptions,
  ): Promise<TicketMessageResponse> {
    const draft = this.draft(input);
    return this.unitOfWork.write(async (tx) => {
      const reply = await this.address(project, tx, ticketId, draft);
      const stored = await this.store(project, tx, reply, options);
      await options.idempotency?.complete(tx, 201, { message: stored.response });
      // Last: the charge locks the project's credit account until commit. No credit → 402, all rolled back.
      if (!reply.internal) await this.credits.chargeReply(project, tx, stored.message.id);
      return stored.response;
    });
  }

  /** Text or a canned response, not both; nothing at all only when files are attached (a files-only reply). */
  private draft(input: ReplyInput): ReplyDraft {
    const attachments = input.attachments ?? [];
    if (input.text !== undefined && input.canned_response_id !== undefined) throw new ReplyTextRequired();
    if (input.text === undefined && input.canned_response_id === undefined && attachments.length === 0) {
      throw new ReplyTextRequired();
    }
    return {
      text: input.text,
      cannedResponseId: input.canned_response_id,
      memberId: input.member_id ?? null,
      internal: input.internal ?? false,
      attachments,
      afterMessageId: input.after_message_id,
    };
  }

  private async address(
    project: AuthenticatedProject,
    tx: WriteTransaction,
    ticketId: string,
    draft: ReplyDraft,
  ): Promise<AddressedReply> {
    const ticket = await this.writer.load(project, tx, ticketId, true);
    if (draft.afterMessageId !== undefined) await this.writer.requireNothingNewer(tx, ticket, draft.afterMessageId);
    const member = draft.memberId ? await this.team.requireMember(project, draft.memberId, 'member_id', tx) : null;
    // A reply of files only has no text.
    const text =
      draft.text ??
      (draft.cannedResponseId === undefined
        ? ''
        : await this.cannedReplies.renderForReply(project, tx, ticket, draft.cannedResponseId, member));
    const toChat = !draft.internal && this.writer.reachesChat(ticket);
    const settings = await this.settings.get(project, tx);
    return { ticket, member, text, internal: draft.internal, attachments: draft.attachments, toChat, settings };
  }

  private async store(
    project: AuthenticatedProject,
    tx: WriteTransaction,
    reply: AddressedReply,
    options: ChangeOptions,
  ): Promise<StoredReply> {
    const { ticket } = reply;
    const message = await this.writer.insertMessage(
      tx,
      {
        ticketId: ticket.id,
        author: 'agent',
        memberId: reply.member?.id ?? null,
        text: reply.text,
        internal: reply.internal,
        attachments: reply.attachments,
        delivery: reply.toChat ? 'pending' : null,
      },
      messageAtCommit(options),
    );
    await options.withMessage?.(tx, { id: message.id, ticketId: ticket.id, projectId: project.id });
    const response = toTicketMessageResponse(message);
    const change = emptyChange();
    planAgentMessage(ticket, message, response, change);
    await this.writer.commit(project, tx, ticket, change, reply.settings);
    return { message, response };
  }
}
