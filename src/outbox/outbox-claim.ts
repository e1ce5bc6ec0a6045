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

/** Exponential backoff shared by the consumers: base · 2^(attempt-1), capped. */
export function backoffMs(attempt: number, baseMs: number, capMs: number): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/** TypeORM answers an UPDATE … RETURNING on PostgreSQL with `[rows, affectedCount]`. */
export function updatedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
