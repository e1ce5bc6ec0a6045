import type { DataSource, EntityManager } from 'typeorm';
import type { OutboxTopic } from './outbox-event.entity.js';

/**
 * An outbox row claimed by this process; `attempts` already counts the attempt about to be made and is the lease token.
 */
export interface ClaimedOutboxEvent {
  id: string;
  eventId: string;
  projectId: string;
  eventType: string;
  aggregateId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
  attempts: number;
}

// A claim looks at a window of the longest-due rows only (read in the pending index's order), so it costs
// the same with a backlog of millions. Rows in it that are not their aggregate's head are skipped; a single
// aggregate with more queued events than the window delays others until it drains below the window.
const MIN_CANDIDATE_WINDOW = 1_000;

/**
 * Claims up to `limit` due rows of one topic in one short statement, for every outbox consumer (webhooks and
 * each messenger). FOR UPDATE SKIP LOCKED lets processes claim side by side without waiting on each other; the
 * lease (next_attempt_at moved `leaseMs` ahead) keeps the row away from others after the statement commits,
 * while it is delivered outside any transaction. A row waits while an older pending row of the same aggregate
 * exists, so one ticket's events go out in order (an in-flight or retrying older row is still pending). The
 * head lookup is written as ORDER BY … LIMIT 1 on outbox_event_pending_aggregate_idx so the planner takes that
 * index even before the table has statistics (a NOT EXISTS there was planned as a scan of every pending row
 * per row: O(n²)). The status/next_attempt_at conditions are repeated on the locked row so a row another
 * process claimed meanwhile is re-checked after the lock and left alone.
 */
export async function claimOutboxEvents(
  dataSource: DataSource,
  claim: { topic: OutboxTopic; limit: number; leaseMs: number; projectId?: string },
): Promise<ClaimedOutboxEvent[]> {
  const rows = updatedRows<Record<string, unknown>>(
    await dataSource.query(
      `WITH candidates AS MATERIALIZED (
       SELECT id, aggregate_id FROM outbox_event
        WHERE topic = $4 AND status = 'pending' AND next_attempt_at <= now()
          AND ($3::uuid IS NULL OR project_id = $3::uuid)
        ORDER BY next_attempt_at
        LIMIT greatest($1 * 8, ${MIN_CANDIDATE_WINDOW})),
     due AS (
       SELECT o.id FROM outbox_event o JOIN candidates c ON c.id = o.id
        WHERE o.status = 'pending' AND o.next_attempt_at <= now()
          AND (c.aggregate_id IS NULL OR c.id = (
                SELECT head.id FROM outbox_event head
                 WHERE head.topic = $4 AND head.status = 'pending' AND head.aggregate_id = c.aggregate_id
                 ORDER BY head.topic, head.aggregate_id, head.id
                 LIMIT 1))
        ORDER BY o.id
        LIMIT $1
        FOR UPDATE OF o SKIP LOCKED)
     UPDATE outbox_event o
        SET attempts = o.attempts + 1, next_attempt_at = now() + $2::int * interval '1 millisecond'
       FROM due WHERE o.id = due.id
     RETURNING o.id, o.event_id, o.project_id, o.event_type, o.aggregate_id, o.payload, o.created_at, o.attempts`,
      [claim.limit, claim.leaseMs, claim.projectId ?? null, claim.topic],
    ),
  );
  return rows
    .map((row) => ({
      id: String(row.id),
      eventId: row.event_id as string,
      projectId: row.project_id as string,
      eventType: row.event_type as string,
      aggregateId: (row.aggregate_id as string | null) ?? null,
      payload: row.payload as Record<string, unknown>,
      createdAt: row.created_at as Date,
      attempts: Number(row.attempts),
    }))
    .sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
}

/**
 * Applies `set` to a claimed row only while this process still holds its lease (attempts unchanged since the
 * claim, still pending): a process whose lease ran out, and whose row another process re-claimed, changes
 * nothing. `$1` is the id and `$2` the attempts; extra parameters start at `$3`.
 */
export async function settleClaimedEvent(
  manager: EntityManager,
  event: Pick<ClaimedOutboxEvent, 'id' | 'attempts'>,
  set: string,
  extra: unknown[] = [],
): Promise<boolean> {
  const result = await manager.query(
    `UPDATE outbox_event SET ${set} WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
    [event.id, event.attempts, ...extra],
  );
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] > 0 : false;
}

/** Exponential backoff shared by the consumers: base · 2^(attempt-1), capped. */
export function backoffMs(attempt: number, baseMs: number, capMs: number): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with `[rows, affectedCount]`. */
export function updatedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
