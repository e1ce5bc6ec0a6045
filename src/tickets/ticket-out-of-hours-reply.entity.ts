import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The out-of-hours reply a ticket got: at most one per ticket, ever (the primary key says so). */
@Entity('ticket_out_of_hours_reply')
export class TicketOutOfHoursReply {
  @PrimaryColumn({ type: 'uuid' })
  ticketId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  messageId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
