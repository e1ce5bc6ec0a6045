import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TeamMember } from '../team/team-member.entity.js';
import type { MessageAttachment } from '../attachments/attachment-kinds.js';
import type { MessageAuthor, MessageDelivery, MessageDeliveryError } from './ticket-enums.js';
import { Ticket } from './ticket.entity.js';

export type { MessageAttachment } from '../attachments/attachment-kinds.js';

/** A previous text of a message the customer edited in the messenger. */
export interface MessageEdit {
  text: string;
  /** When this text was replaced. */
  replaced_at: string;
}

/** One message of a ticket's conversation. Internal notes (`internal`) never reach the customer. */
@Entity('ticket_message')
@Index('ticket_message_ticket_idx', ['ticketId', 'createdAt'])
// A member's public replies in a date range (reports): partial, exactly the rows counted.
@Index('ticket_message_member_reply_idx', ['memberId', 'createdAt'], {
  where: "member_id IS NOT NULL AND author = 'agent' AND NOT internal",
})
export class TicketMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ type: 'text' })
  author: MessageAuthor;

  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  @ManyToOne(() => TeamMember, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'boolean', default: false })
  internal: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: MessageAttachment[];

  /** Set when the customer edited the message in the messenger; `edits` keeps the earlier texts, oldest first. */
  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  edits: MessageEdit[];

  /** Chat delivery of a public agent reply on telegram/max; null where nothing is sent. */
  @Column({ type: 'text', nullable: true })
  delivery: MessageDelivery | null;

  /** Why a delivery `failed` (its credit was given back); null otherwise. */
  @Column({ type: 'text', nullable: true })
  deliveryError: MessageDeliveryError | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Set when the customer who wrote it was erased: the text reads as null from then on. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt?: Date | null;
}
