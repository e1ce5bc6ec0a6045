import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';
import { TeamMember } from '../team/team-member.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/**
 * Who is on a ticket in the console right now: one row per member and ticket, renewed by the console's
 * heartbeat (`POST /v1/helpdesk/tickets/{id}/presence`) and stale once `expiresAt` passed. In the database,
 * not in memory, so every server process answers the same.
 */
@Entity('ticket_presence')
@Index('ticket_presence_expiry_idx', ['expiresAt'])
export class TicketPresence {
  @PrimaryColumn({ type: 'uuid' })
  ticketId: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  /** `viewing` or `typing`. */
  @Column({ type: 'text' })
  state: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @ManyToOne(() => TeamMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;
}
