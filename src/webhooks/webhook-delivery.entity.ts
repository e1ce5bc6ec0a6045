import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DeliveryStatus } from './webhook-events.js';

/** One attempt to deliver one event: the delivery log behind GET /v1/webhook/deliveries. */
@Entity('webhook_delivery')
@Index('webhook_delivery_project_idx', ['projectId', 'createdAt'])
@Index('webhook_delivery_event_idx', ['eventId'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  /** The outbox row holding the event's payload (kept after delivery, so the event can be sent again). */
  @Column({ type: 'bigint' })
  outboxEventId: string;

  /** X-Zapnoty-Delivery: the same for every attempt of one event. */
  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  eventType: string;

  /** 1..4 for automatic attempts; a manual redelivery continues the count. */
  @Column({ type: 'int' })
  attempt: number;

  @Column({ type: 'text' })
  status: DeliveryStatus;

  @Column({ type: 'int', nullable: true })
  statusCode: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'int' })
  durationMs: number;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'boolean', default: false })
  redelivery: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
