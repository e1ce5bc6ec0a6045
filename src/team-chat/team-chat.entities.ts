import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';
import { TeamMember } from '../team/team-member.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/** Why the linked group cannot take the mirror: `ok`, the bot was removed, or it may not create topics. */
export const TEAM_CHAT_STATUSES = ['ok', 'bot_removed', 'no_topic_rights'] as const;
export type TeamChatStatus = (typeof TEAM_CHAT_STATUSES)[number];

/** The project's team group: one forum supergroup per project (and a group serves one project). */
@Entity('team_chat_group')
export class TeamChatGroup {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  /** Telegram chat id of the supergroup (`-100…`). */
  @Index({ unique: true })
  @Column({ type: 'bigint' })
  chatId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: 'ok' })
  status: TeamChatStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  linkedAt: Date;

  /** The mirror's place in the project's event stream (outbox stream positions): every event up to it is done. */
  @Column({ type: 'bigint' })
  streamPosition: string;

  /** A process mirroring this group holds it until then (several server processes, one mirror per group). */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;
}

/** A one-time link code (1 h): `group` links a team group, `member` a member's own Telegram account. */
@Entity('team_chat_link_code')
export class TeamChatLinkCode {
  /** SHA-256 of the code, hex: the code itself is never stored. */
  @PrimaryColumn({ type: 'text' })
  codeHash: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column({ type: 'text' })
  kind: 'group' | 'member';

  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  @ManyToOne(() => TeamMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: TeamMember;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}

/** The forum topic of one ticket in the project's group. */
@Entity('team_chat_topic')
@Index(['chatId', 'threadId'], { unique: true })
export class TeamChatTopic {
  @PrimaryColumn({ type: 'uuid' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'bigint' })
  chatId: string;

  @Column({ type: 'int' })
  threadId: number;

  @Column({ type: 'boolean', default: false })
  closed: boolean;

  /** The header and first message are in the topic (a 429 between creating it and posting them resumes here). */
  @Column({ type: 'boolean', default: false })
  headerSent: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A message written from a topic: the mirror does not post it back into the topic. */
@Entity('team_chat_echo')
export class TeamChatEcho {
  @PrimaryColumn({ type: 'uuid' })
  messageId: string;

  @Column({ type: 'uuid' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** When a Telegram user in the group was last told why their message reached nobody (once an hour). */
@Entity('team_chat_notice')
export class TeamChatNotice {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @PrimaryColumn({ type: 'bigint' })
  userId: string;

  @Column({ type: 'timestamptz' })
  toldAt: Date;
}

/**
 * The private notifications' place in a project's event stream (like the group's mirror, its own position):
 * created when the project's first member links Telegram.
 */
@Entity('team_chat_notify_position')
export class TeamChatNotifyPosition {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column({ type: 'bigint' })
  streamPosition: string;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;
}
