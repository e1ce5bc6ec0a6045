import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ChangeSource, TicketStatus } from './ticket-enums.js';
import { TeamMember } from '../team/team-member.entity.js';
import { Ticket } from './ticket.entity.js';

/** One entry of a ticket's status history. */
@Entity('ticket_status_change')
@Index('ticket_status_change_ticket_idx', ['ticketId', 'id'])
export class TicketStatusChange {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ type: 'text' })
  fromStatus: TicketStatus;

  @Column({ type: 'text' })
  toStatus: TicketStatus;

  @Column({ type: 'text' })
  source: ChangeSource;

  /** The signed-in member who made the change; null for the API key and automatic changes. */
  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  @ManyToOne(() => TeamMember, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
