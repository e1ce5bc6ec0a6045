import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TicketMessage } from '../tickets/ticket-message.entity.js';
import { ChatMessageRef } from './chat-message-ref.entity.js';

/**
 * A customer's messenger message and the ticket message it became: an edit in the messenger finds the
 * message to update, and the later items of an album (same media group) join the first one's message.
 * `groupHead` marks the first item of a group: at most one per group, so two items arriving at once
 * cannot both start a message (the second waits on the unique index, then retries as an append).
 */
@Entity('chat_inbound_message')
@Index('chat_inbound_message_group_uq', ['channel', 'chatId', 'mediaGroupId'], { unique: true, where: 'group_head' })
export class ChatInboundMessage extends ChatMessageRef {
  @Column({ type: 'uuid' })
  ticketMessageId: string;

  @ManyToOne(() => TicketMessage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_message_id' })
  ticketMessage?: TicketMessage;

  @Column({ type: 'text', nullable: true })
  mediaGroupId: string | null;

  @Column({ type: 'boolean', default: false })
  groupHead: boolean;
}
