import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The customer message a ticket.unanswered_24h was last fired for: the check fires once per such
 * message, and again only when a later customer message goes unanswered too.
 */
@Entity('ticket_unanswered_alert')
export class TicketUnansweredAlert {
  @PrimaryColumn({ type: 'uuid' })
  ticketId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  messageId: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  alertedAt: Date;
}
