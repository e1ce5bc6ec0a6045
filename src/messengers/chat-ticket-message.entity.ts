import { Entity, Index } from 'typeorm';
import { ChatMessageRef } from './chat-message-ref.entity.js';

/**
 * Bot messages that belong to a ticket (creation confirmation, agent replies, close message), by
 * messenger message id: a customer's reply to one of them goes to that ticket.
 */
@Entity('chat_ticket_message')
@Index('chat_ticket_message_ticket_idx', ['ticketId'])
export class ChatTicketMessage extends ChatMessageRef {}
