import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Ticket } from '../tickets/ticket.entity.js';

export const CSAT_SOURCES = ['api', 'telegram', 'max'] as const;
export type CsatSource = (typeof CSAT_SOURCES)[number];

/**
 * One customer rating of one closing of a ticket. The unique (ticket, closing time) pair is the rule
 * "one rating per closing": a second rating of the same closing conflicts; a ticket reopened and closed
 * again has a new closing time and may be rated again. The ticket's csat_rating shows the latest.
 */
@Entity('csat_rating')
@Index('csat_rating_closing_uq', ['ticketId', 'closedAt'], { unique: true })
@Index('csat_rating_project_idx', ['projectId', 'createdAt'])
export class CsatRating {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  ticketId: string;

  /** Deleting a ticket deletes its ratings (migration CsatRatingTicketCascade). */
  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'csat_rating_ticket_fk' })
  ticket?: Ticket;

  /** The closing that was rated (the ticket's closed_at at the time). */
  @Column({ type: 'timestamptz' })
  closedAt: Date;

  @Column({ type: 'int' })
  rating: number;

  @Column({ type: 'text' })
  source: CsatSource;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
