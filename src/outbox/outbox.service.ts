import { Injectable } from '@nestjs/common';
import {
  isWriteTransaction,
  type MapError,
  type OnRows,
  type Sql,
  type WriteTransaction,
} from '../common/database/sql.js';
import type { OutboxEvent } from './outbox-event.entity.js';
import {
  type AnnouncingStatement,
  isStreamedEvent,
  type NewOutboxEvent,
  OUTBOX_NOTIFY_CHANNEL,
  PROJECT_EVENTS_NOTIFY_CHANNEL,
} from './outbox-events.js';
import { OutboxStore } from './outbox.store.js';

@Injectable()
export class OutboxService {
  constructor(private readonly store: OutboxStore) {}

  /**
   * Appends events through the caller's transaction, so they commit or roll back with the change that
   * caused them, and wakes the workers of their topics (each topic once) and the project's live streams.
   * One statement, as every ticket write ends here: rows are inserted in array order (ids follow it).
   * Returns the stored rows in order, except in a counted write (UnitOfWork.write), where the statement runs
   * in the commit round trip, nothing comes back, and the wake-ups are sent after COMMIT (CommitWakes).
   */
  async append(sql: Sql, events: NewOutboxEvent[]): Promise<OutboxEvent[]> {
    if (events.length === 0) return [];
    // Every caller appends one project's events. Were several projects' streamed events ever passed
    // together, each project's would go as a statement of its own (one stream announcement per statement).
    const stored: OutboxEvent[] = [];
    for (const group of groupByProject(events)) stored.push(...(await this.appendProject(sql, group)));
    return stored;
  }

  /**
   * Queues another store's statement whose rows may announce webhook events (AnnouncingStatement) for the
   * commit round trip of a counted write: the events go in with it, and the webhook worker is woken after
   * COMMIT when one awaits delivery. `onRows` gets the statement's rows; `mapError` turns its failure into
   * the caller's error.
   */
  appendAnnouncedAtCommit(
    transaction: WriteTransaction,
    statement: AnnouncingStatement,
    onRows?: OnRows,
    mapError?: MapError,
  ): void {
    const wakeAndPass: OnRows = (rows) => {
      if (rows.some((row) => row.webhook_pending === true))
        transaction.wakeAfterCommit(OUTBOX_NOTIFY_CHANNEL, 'webhook');
      onRows?.(rows);
    };
    this.store.insertAnnouncedAtCommit(transaction, statement, wakeAndPass, mapError);
  }

  /**
   * Rewrites the stored payloads of a project's events about the given aggregates, in the caller's
   * transaction (a customer's erasure): what webhooks redeliver and GET /v1/events replays. A messenger's
   * event still waiting to be sent is left as written, as its worker needs it. Returns how many changed.
   */
  async rewritePayloads(
    sql: Sql,
    projectId: string,
    aggregateIds: string[],
    rewrite: (payload: Record<string, unknown>) => Record<string, unknown>,
  ): Promise<number> {
    if (aggregateIds.length === 0) return 0;
    const changed: Array<{ id: string; payload: unknown }> = [];
    for (const event of await this.store.lockPayloadsOf(sql, projectId, aggregateIds)) {
      if (event.status === 'pending' && (event.topic === 'telegram' || event.topic === 'max')) continue;
      const payload = rewrite(event.payload);
      if (JSON.stringify(payload) !== JSON.stringify(event.payload)) changed.push({ id: event.id, payload });
    }
    await this.store.replacePayloads(sql, changed);
    return changed.length;
  }

  /** In a counted write the statement joins the commit round trip, and no rows come back. */
  private async appendProject(sql: Sql, events: NewOutboxEvent[]): Promise<OutboxEvent[]> {
    if (!isWriteTransaction(sql)) return this.store.insert(sql, events);
    this.store.insertAtCommit(sql, events, (pendingTopics) => wakeAfterCommit(sql, events, pendingTopics));
    return [];
  }
}

/** The events of each project, in the order each project first appears (one group in practice). */
function groupByProject(events: NewOutboxEvent[]): NewOutboxEvent[][] {
  const groups = new Map<string, NewOutboxEvent[]>();
  for (const event of events) {
    const group = groups.get(event.projectId);
    if (group) group.push(event);
    else groups.set(event.projectId, [event]);
  }
  return [...groups.values()];
}

/** The wake-ups of a counted write's outbox insert, sent after its COMMIT. */
function wakeAfterCommit(transaction: WriteTransaction, events: NewOutboxEvent[], pendingTopics: string[]): void {
  for (const topic of pendingTopics) transaction.wakeAfterCommit(OUTBOX_NOTIFY_CHANNEL, topic);
  const streamProject = events.find(isStreamedEvent)?.projectId;
  if (streamProject) transaction.wakeAfterCommit(PROJECT_EVENTS_NOTIFY_CHANNEL, streamProject);
}
