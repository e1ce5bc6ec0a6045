import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { ProjectOwnedEntity } from '../common/tenancy/project-owned.entity.js';
import type { Channel } from '../common/channels.js';

/**
 * PostgreSQL returns bigint as a string (it may exceed 2^53). Telegram and Max chat ids fit in 52 bits,
 * so the API exposes them as JSON numbers; the transformer keeps that conversion in one place.
 */
export const chatIdTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};

/**
 * A customer of a project on one channel. Telegram/Max customers are one row per chat (unique per
 * project + channel + chat_id); virtual customers without a chat id get a fresh row per ticket, which the
 * unique index allows because NULLs are distinct.
 */
@Entity('subscriber')
@Index('subscriber_chat_uq', ['projectId', 'channel', 'chatId'], { unique: true })
// (project_id, last_seen_at DESC, id DESC) WHERE erased_at IS NULL: written by hand in its migration.
@Index('subscriber_seen_idx', { synchronize: false })
export class Subscriber extends ProjectOwnedEntity {
  @Column({ type: 'text' })
  channel: Channel;

  @Column({ type: 'bigint', nullable: true, transformer: chatIdTransformer })
  chatId: number | null;

  @Column({ type: 'text', nullable: true })
  firstName: string | null;

  @Column({ type: 'text', nullable: true })
  username: string | null;

  /** The messenger's language code (`ru`, `en`, …), used to pick bot texts. */
  @Column({ type: 'text', nullable: true })
  lang: string | null;

  /** Set when the customer blocked the bot: chat deliveries stop failing noisily. */
  @Column({ type: 'timestamptz', nullable: true })
  blockedAt: Date | null;

  /**
   * When the chat itself first reached the project: its help link, an accepted request, a message in one of
   * its tickets. Only such a customer may be written to over the API or MCP (one bot serves every project).
   * Null for virtual customers.
   */
  @Column({ type: 'timestamptz', nullable: true })
  contactedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'text', nullable: true })
  lastName?: string | null;

  /** The team's note about the customer. */
  @Column({ type: 'text', nullable: true })
  note?: string | null;

  /** Blocked by the team: the customer's messages open no ticket, add no message and get no answer. */
  @Column({ type: 'boolean', default: false })
  agentBlocked?: boolean;

  /** The customer's last message (or first contact). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt?: Date;

  /** Set when the customer was erased: names, chat id and their messages are gone; the row stays for tickets. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt?: Date | null;
}
