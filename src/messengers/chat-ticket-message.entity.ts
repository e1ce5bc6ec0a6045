import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Bot messages that belong to a ticket (creation confirmation, agent replies, close message), by
 * messenger message id: a customer's reply to one of them goes to that ticket.
 */
@Entity('chat_ticket_message')
@Index('chat_ticket_message_ticket_idx', ['ticketId'])
export class ChatTicketMessage {
  @PrimaryColumn({ type: 'text' })
  channel: string;

  @PrimaryColumn({ type: 'text' })
  chatId: string;

  /** The messenger's message id (Telegram: a number; Max: a `mid.…` string). */
  @PrimaryColumn({ type: 'text' })
  messageId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  ticketId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
