/**
 * Live-event positions (the `id:` of GET /v1/events) come from the writing transaction's id, not from a
 * per-project counter row: a counter locked until COMMIT serialised every write of a project.
 *
 * A position is `transaction id << 20` plus the event's place among the transaction's streamed events, so
 * positions increase in transaction-id order, not in commit order. A reader therefore only reads below
 * the horizon: `xmin << 20`, where xmin is the oldest transaction still running when the reader's snapshot
 * was taken. Every transaction below it has ended, so its events are visible to that snapshot or never
 * will be, and every transaction still running writes above it: nothing can later appear below a position
 * already read, which is what makes `Last-Event-ID` resume exact. Positions are increasing, not consecutive.
 */
const SEQUENCE_BITS = 20;

/** The first position of the current transaction's events (before adding how many it already streamed). */
export const TRANSACTION_POSITION_SQL = `(pg_current_xact_id()::text::bigint << ${SEQUENCE_BITS})`;

/** Positions below this are final: no transaction still running can write one. */
export const STREAM_HORIZON_SQL = `(pg_snapshot_xmin(pg_current_snapshot())::text::bigint << ${SEQUENCE_BITS})`;

/** Transaction-local setting counting the events the transaction has streamed so far. */
export const STREAMED_IN_TRANSACTION = 'zapnoty.streamed_events';
