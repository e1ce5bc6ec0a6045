import pg from 'pg';
import { HotRowQueue, hotRowQueueKey, hotRowQueueTurn } from '../../src/common/database/hot-row-queue.js';
import { waitFor } from './webhook-receiver.js';

/**
 * Another session holding a project's turn in one of the hot-row queues (src/common/database/hot-row-queue.ts),
 * so a test can line the app's writers up behind it and see in what order they get through.
 */
export class HeldHotRowQueue {
  private constructor(
    private readonly client: pg.Client,
    private readonly queue: HotRowQueue,
    private readonly projectId: string,
  ) {}

  static async hold(queue: HotRowQueue, projectId: string): Promise<HeldHotRowQueue> {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query('BEGIN');
    await client.query(`SELECT ${hotRowQueueTurn(queue, '$1::uuid')}`, [projectId]);
    return new HeldHotRowQueue(client, queue, projectId);
  }

  /** How many sessions wait for this project's turn in the queue. */
  async waiting(): Promise<number> {
    const { rows } = await this.client.query(
      `SELECT count(*)::int AS n FROM pg_locks
        WHERE locktype = 'advisory' AND NOT granted
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND classid = $1 AND objid = (${hotRowQueueKey('$2::uuid')})::oid AND objsubid = 2`,
      [this.queue, this.projectId],
    );
    return rows[0].n;
  }

  /** Waits until `count` sessions wait behind the held turn. */
  async untilWaiting(count: number): Promise<void> {
    await waitFor(async () => (await this.waiting()) >= count, `${count} writers queued behind the held turn`);
  }

  /** Ends the holding transaction (the turn passes to the first in the queue) and disconnects. */
  async release(): Promise<void> {
    await this.client.query('ROLLBACK');
    await this.client.end();
  }
}
