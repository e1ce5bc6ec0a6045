import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Project } from '../common/tenancy/project.entity.js';
import { MESSENGER_CHANNELS, type MessengerChannel } from '../common/channels.js';

/** Stored states; `expired` is not stored: a pending request past expires_at reads as expired. */
export const STORED_REQUEST_STATUSES = ['pending', 'accepted', 'cancelled'] as const;
export type StoredRequestStatus = (typeof STORED_REQUEST_STATUSES)[number];
export const REQUEST_STATUSES = ['pending', 'accepted', 'cancelled', 'expired'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * A deep-link invitation for a customer who is not subscribed yet (POST /v1/helpdesk/request).
 * The id is the deep-link payload `hdreq_<id>`, so it is short, random and URL-safe.
 */
@Entity('helpdesk_request')
@Index('helpdesk_request_project_idx', ['projectId', 'createdAt'])
export class HelpdeskRequest {
  /** 16 characters [A-Za-z0-9]. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  /** The channel the caller asked for, or null for both. */
  @Column({ type: 'text', nullable: true })
  requestedChannel: MessengerChannel | null;

  /** Pre-selected on the ticket creation screen. */
  @Column({ type: 'uuid', nullable: true })
  ticketTypeId: string | null;

  @Column({ type: 'text', default: 'pending' })
  status: StoredRequestStatus;

  @Column({ type: 'uuid', nullable: true })
  subscriberId: string | null;

  /** The messenger the customer answered in (accepted or cancelled). */
  @Column({ type: 'text', nullable: true })
  channel: MessengerChannel | null;

  /** Chat that answered the request, so the same customer tapping the link again lands in the menu. */
  @Column({ type: 'text', nullable: true })
  chatId: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}

export function effectiveStatus(request: HelpdeskRequest, now = new Date()): RequestStatus {
  if (request.status === 'pending' && request.expiresAt.getTime() <= now.getTime()) return 'expired';
  return request.status;
}
