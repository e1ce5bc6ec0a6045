/**
 * A queue in front of a project's hot row (its ticket-number counter, its credit account), as SQL.
 *
 * PostgreSQL's row locks are not granted in arrival order: when the holder commits, a writer that has just
 * arrived can take the new row version before the ones already waiting, which wake, find the row taken
 * again and go back to waiting. Under load some creations waited ten times as long as the median (pgbench
 * of the bare creation transaction, 16 clients: p50 15 ms, p99 105–120 ms). Heavyweight locks are granted
 * in queue order, so a writer first takes a transaction-scoped advisory lock on (queue, project) and only
 * then the row: p99 41–47 ms, and 20% more transactions a second, as the losers no longer spin through
 * wake-ups (docs/performance.md, round 6).
 *
 * The row lock stays what keeps the numbers gapless and the balance exact; the queue only orders the
 * writers. Two projects whose ids hash alike share a queue, which costs nothing but order.
 */
export enum HotRowQueue {
  TicketNumber = 18_001,
  CreditAccount = 18_002,
}

/**
 * An expression that waits for `queue`'s turn of the project `projectIdSql` (an SQL expression of type
 * uuid) and holds it until the transaction ends.
 */
export function hotRowQueueTurn(queue: HotRowQueue, projectIdSql: string): string {
  return `pg_advisory_xact_lock(${queue}, ${hotRowQueueKey(projectIdSql)})`;
}

/** The int4 that names the project's turn (the advisory lock's second key; `objid` in pg_locks). */
export function hotRowQueueKey(projectIdSql: string): string {
  return `hashtext((${projectIdSql})::text)`;
}
