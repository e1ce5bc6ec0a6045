import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TicketMessage } from '../tickets/ticket-message.entity.js';

/**
 * A customer's messenger message and the ticket message it became: an edit in the messenger finds the
 * message to update, and the later items of an album (same media group) join the first one's message.
 * `groupHead` marks the first item of a group: at most one per group, so two items arriving at once
 * cannot both start a message (the second waits on the unique index, then retries as an append).
 */
@Entity('chat_inbound_message')
@Index('chat_inbound_message_group_uq', ['channel', 'chatId', 'mediaGroupId'], { unique: true, where: 'group_head' })
export class ChatInboundMessage {
  @PrimaryColumn({ type: 'text' })
  channel: string;

  @PrimaryColumn({ type: 'text' })
  chatId: string;

  @PrimaryColumn({ type: 'text' })
  messageId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  ticketId: string;

  @Column({ type: 'uuid' })
  ticketMessageId: string;

  @ManyToOne(() => TicketMessage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_message_id' })
  ticketMessage?: TicketMessage;

  @Column({ type: 'text', nullable: true })
  mediaGroupId: string | null;

  @Column({ type: 'boolean', default: false })
  groupHead: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
