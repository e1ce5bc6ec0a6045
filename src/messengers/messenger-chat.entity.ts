import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { InboundAttachment } from '../attachments/attachment-kinds.js';
import { MESSENGER_CHANNELS, type MessengerChannel } from '../common/channels.js';

export type ChatLanguage = 'ru' | 'en';

/** Where a chat is in the bot's dialogue. */
export const CHAT_STATES = ['idle', 'choosing_type', 'describing', 'choosing_ticket'] as const;
export type ChatState = (typeof CHAT_STATES)[number];

export type DraftAttachment = InboundAttachment;

/** A customer message not yet filed in a ticket (waiting for a type or ticket choice), or being filed now. */
export interface DraftMessage {
  text: string;
  attachments: DraftAttachment[];
  /** The messenger's id of the message (edits find it by this). */
  messageId?: string | null;
  /** Album items share it and become one message. */
  mediaGroupId?: string | null;
}

/** What the dialogue remembers between two updates. */
export interface ChatDraft {
  /** Chosen (or pre-selected by a request) ticket type for the ticket being created. */
  ticketTypeId?: string | null;
  /** Messages written while the customer chooses which open ticket they belong to. */
  pendingMessages?: DraftMessage[];
}

/**
 * One messenger chat as the bot sees it. A chat is bound to one project at a time: the project of
 * the last help_/hdreq_ deep link, so "which helpdesk does this message go to" has one answer.
 */
@Entity('messenger_chat')
export class MessengerChat {
  @PrimaryColumn({ type: 'text' })
  channel: MessengerChannel;

  @PrimaryColumn({ type: 'text' })
  chatId: string;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'text', default: 'idle' })
  state: ChatState;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  draft: ChatDraft;

  @Column({ type: 'text', default: 'en' })
  language: ChatLanguage;

  @Column({ type: 'text', nullable: true })
  firstName: string | null;

  @Column({ type: 'text', nullable: true })
  username: string | null;

  /** Set when the messenger refused a message because the user blocked the bot; cleared when they write again. */
  @Column({ type: 'timestamptz', nullable: true })
  blockedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
