import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { chatIdTransformer, Subscriber } from '../subscribers/subscriber.entity.js';
import { TeamMember } from '../team/team-member.entity.js';
import { TicketType } from '../ticket-types/ticket-type.entity.js';
import type { LastMessageFrom, TicketPriority, TicketStatus } from './ticket-enums.js';
import { ProjectOwnedEntity } from '../common/tenancy/project-owned.entity.js';
import { type Channel } from '../common/channels.js';

/**
 * A support ticket. Lists are ordered by ticket_number (per project, gapless, monotonic: newest first),
 * so every list index ends in ticket_number and keyset paging is one integer comparison.
 * The GIN indexes (tags and search_vector over all tickets; status with tags or search_vector over open
 * tickets, through btree_gin) are written by hand in the migrations: TypeORM cannot express `USING gin`,
 * hence `synchronize: false` here.
 */
@Entity('ticket')
@Index('ticket_number_uq', ['projectId', 'ticketNumber'], { unique: true })
@Index('ticket_status_list_idx', ['projectId', 'status', 'ticketNumber'])
@Index('ticket_assignee_list_idx', ['projectId', 'assignedTo', 'ticketNumber'])
@Index('ticket_ticket_type_list_idx', ['projectId', 'ticketTypeId', 'ticketNumber'])
// The queue views ("my waiting tickets", "urgent and new"): page and count read one index range.
@Index('ticket_status_assignee_list_idx', ['projectId', 'status', 'assignedTo', 'ticketNumber'])
@Index('ticket_subscriber_list_idx', ['projectId', 'subscriberId', 'ticketNumber'])
@Index('ticket_updated_list_idx', ['projectId', 'updatedAt', 'ticketNumber'])
@Index('ticket_status_updated_list_idx', ['projectId', 'status', 'updatedAt', 'ticketNumber'])
// Priority filters and the priority sort read the rank indexes (migration CheaperTicketWrites).
@Index('ticket_priority_rank_list_idx', { synchronize: false })
@Index('ticket_status_priority_rank_list_idx', { synchronize: false })
@Index('ticket_sla_due_list_idx', { synchronize: false })
// The reports' parts read the window's tickets from it alone (migration ReportTicketIndex: INCLUDE columns).
@Index('ticket_report_idx', { synchronize: false })
@Index('ticket_chat_idx', ['channel', 'chatId'], { where: 'chat_id IS NOT NULL' })
@Index('ticket_tags_gin_idx', { synchronize: false })
@Index('ticket_search_gin_idx', { synchronize: false })
@Index('ticket_open_status_tags_gin_idx', { synchronize: false })
@Index('ticket_open_status_search_gin_idx', { synchronize: false })
export class Ticket extends ProjectOwnedEntity {
  @Column({ type: 'int' })
  ticketNumber: number;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text', default: 'new' })
  status: TicketStatus;

  @Column({ type: 'text', default: 'normal' })
  priority: TicketPriority;

  @Column({ type: 'text' })
  channel: Channel;

  @Column({ type: 'bigint', nullable: true, transformer: chatIdTransformer })
  chatId: number | null;

  @Column({ type: 'uuid' })
  subscriberId: string;

  @ManyToOne(() => Subscriber)
  @JoinColumn({ name: 'subscriber_id' })
  subscriber?: Subscriber;

  /** Types are only soft-deleted, so the row a ticket points at always exists. */
  @Column({ type: 'uuid', nullable: true })
  ticketTypeId: string | null;

  @ManyToOne(() => TicketType)
  @JoinColumn({ name: 'ticket_type_id' })
  ticketType?: TicketType | null;

  /** The type's name when the ticket was created, so renaming or deleting a type keeps history readable. */
  @Column({ type: 'text', nullable: true })
  ticketTypeName: string | null;

  @Column({ type: 'uuid', nullable: true })
  assignedTo: string | null;

  @ManyToOne(() => TeamMember, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_to' })
  assignee?: TeamMember | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'int', nullable: true })
  csatRating: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  firstReplyAt: Date | null;

  /** The last close; cleared when the ticket is reopened. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastMessageAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastMessageFrom: LastMessageFrom | null;

  /** Values of the project's custom fields by key (absent keys are unset). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  customFields: Record<string, unknown>;
  /** SLA due times kept by the database (src/sla/sql/ticket-sla-due.sql) for the list's sla filter and sort. */
  @Column({ type: 'timestamptz', nullable: true, select: false, insert: false, update: false })
  slaFirstReplyDueAt?: Date | null;

  @Column({ type: 'timestamptz', nullable: true, select: false, insert: false, update: false })
  slaResolveDueAt?: Date | null;

  /** Subject and every message text, for `q` (maintained by the service as messages are added). */
  @Column({ type: 'tsvector', select: false, nullable: true })
  searchVector?: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
