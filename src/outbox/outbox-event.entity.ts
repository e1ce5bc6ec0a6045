import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who consumes an outbox row: the project's webhook, or a messenger chat.
 *
 * topic `webhook`: event_type is the webhook event name (`ticket.created`, `ticket.replied`,
 *   `ticket.status_changed`, `ticket.assigned`, `ticket.closed`, `ticket.csat_received`,
 *   `ticket.unanswered_24h`, `subscription.created`, `credits.low`); payload is the webhook's `data` object,
 *   already in API shape (`toTicketResponse(...)` plus `message` / `from`,`to`; `toCreditsResponse(...)`
 *   with the project as aggregate_id for `credits.low`). The delivery worker wraps it as
 *   `{ event, timestamp, data }` and skips it when the project has no webhook or filters the event out.
 * topic `telegram` | `max`: something to send to a customer's chat.
 *   `chat.message`       { ticket_id, message_id, chat_id, text } — a public agent reply.
 *   `chat.ticket_closed` { ticket_id, ticket_number, chat_id, csat_survey: boolean } — close message,
 *                        then the CSAT survey when csat_survey is true.
 *   aggregate_id is the ticket id, so one ticket's chat messages go out in order.
 * topic `team_chat`: `ticket.note_added` (the ticket's API shape plus `message`), an internal note. Stored
 *   already `skipped` with a stream position, and only for a project with a team group: only the team
 *   chat's mirror reads it, by position.
 */
export const OUTBOX_TOPICS = ['webhook', 'telegram', 'max', 'team_chat'] as const;
export type OutboxTopic = (typeof OUTBOX_TOPICS)[number];

export const OUTBOX_STATUSES = ['pending', 'done', 'failed', 'skipped'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * A side effect promised by a committed change, written in the same transaction as the change
 * (never "save, then publish": a crash in between would lose the effect). Workers claim pending rows with FOR UPDATE
 * SKIP LOCKED and deliver them; a row is never deleted before it is done, so a crash after commit loses nothing.
 */
@Entity('outbox_event')
@Index('outbox_event_pending_idx', ['topic', 'nextAttemptAt'], { where: `status = 'pending'` })
@Index('outbox_event_aggregate_idx', ['aggregateId', 'id'])
// The head (oldest pending row) of each aggregate per topic: workers deliver only heads, so events stay in order.
@Index('outbox_event_pending_aggregate_idx', ['topic', 'aggregateId', 'id'], { where: `status = 'pending'` })
// Live event streams (GET /v1/events) read a project's `ticket.*` events by position.
@Index('outbox_event_stream_idx', ['projectId', 'streamPosition'], { where: 'stream_position IS NOT NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** Stable id of the event, sent as X-Zapnoty-Delivery; the same across retries. */
  @Column({ type: 'uuid' })
  @Generated('uuid')
  eventId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'text' })
  topic: OutboxTopic;

  /** `ticket.created`, `ticket.replied`, … for webhooks; `chat.message` and friends for messengers. */
  @Column({ type: 'text' })
  eventType: string;

  /** The ticket (or other aggregate) the event is about: events of one aggregate are delivered in order. */
  @Column({ type: 'uuid', nullable: true })
  aggregateId: string | null;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /**
   * Position of a `ticket.*` webhook event, from its transaction's id (see stream-positions.ts): the SSE
   * `id:` of GET /v1/events. Null for other events. Rows are kept at least 24 h for `Last-Event-ID` resume.
   */
  @Column({ type: 'bigint', nullable: true })
  streamPosition: string | null;

  @Column({ type: 'text', default: 'pending' })
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
