import { type Sql, sqlOfManager } from '../common/database/sql.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CannedValues } from '../canned-responses/canned-text.js';
import { CannedResponsesService } from '../canned-responses/canned-responses.service.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { TeamMember } from '../team/team-member.entity.js';
import { TeamService } from '../team/team.service.js';
import { MESSAGE_TEXT_MAX_LENGTH } from './ticket-enums.js';
import type { Ticket } from './ticket.entity.js';
import { TicketWriter } from './ticket-writer.service.js';
import { CannedRenderInvalid, TicketNotFound, TicketNotInProject } from './tickets.errors.js';

/** The values of canned-response variables on one ticket; what is unknown renders as an empty string. */
export function cannedValuesFor(
  project: AuthenticatedProject,
  ticket: Ticket,
  member: TeamMember | null,
): CannedValues {
  return {
    first_name: ticket.subscriber?.firstName ?? null,
    username: ticket.subscriber?.username ?? null,
    ticket_number: ticket.ticketNumber,
    subject: ticket.subject,
    agent_name: member?.name ?? null,
    project_name: project.name,
  };
}

/** Canned responses filled in for one ticket: for the render endpoint and for a reply given by canned id. */
@Injectable()
export class TicketCannedReplies {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: TicketWriter,
    private readonly team: TeamService,
    private readonly cannedResponses: CannedResponsesService,
  ) {}

  /**
   * A canned response rendered for a ticket (POST /v1/helpdesk/canned-responses/{canned_id}/render): the
   * customer's names, ticket number and subject, the project name, and `member_id`'s name as agent_name.
   */
  async renderForTicket(
    project: AuthenticatedProject,
    cannedId: string,
    target: { ticket_id: string; member_id?: string | null },
  ): Promise<string> {
    const manager = this.dataSource.manager;
    await this.cannedResponses.get(project, cannedId, sqlOfManager(manager));
    let ticket: Ticket;
    try {
      ticket = await this.writer.load(project, sqlOfManager(manager), target.ticket_id);
    } catch (error) {
      if (error instanceof TicketNotFound) throw new TicketNotInProject();
      throw error;
    }
    const member = target.member_id
      ? await this.team.requireMember(project, target.member_id, 'member_id', sqlOfManager(manager))
      : null;
    return this.cannedResponses.render(
      project,
      cannedId,
      cannedValuesFor(project, ticket, member),
      sqlOfManager(manager),
    );
  }

  /** The text of a reply given as `canned_response_id`: it must fit a message like any typed reply. */
  async renderForReply(
    project: AuthenticatedProject,
    sql: Sql,
    ticket: Ticket,
    cannedId: string,
    member: TeamMember | null,
  ): Promise<string> {
    const text = await this.cannedResponses.render(
      project,
      cannedId,
      cannedValuesFor(project, ticket, member),
      sql,
      'canned_response_id',
    );
    if (text.trim().length === 0)
      throw new CannedRenderInvalid('the canned response renders to an empty text for this ticket');
    if (text.length > MESSAGE_TEXT_MAX_LENGTH) {
      throw new CannedRenderInvalid(
        `the canned response renders to more than ${MESSAGE_TEXT_MAX_LENGTH} characters for this ticket`,
      );
    }
    return text;
  }
}
