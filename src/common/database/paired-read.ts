import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { Row } from './sql.js';

/** How many paired reads of this process may hold two connections at once (see readInPair). */
const MAX_PAIRED_READS = 2;
/** The smallest pool that lends a read a second connection. */
const MIN_POOL_FOR_PAIRS = 4;
// PostgreSQL's exported snapshot ids: hex words joined by dashes (e.g. 00000003-0000001B-1).
const SNAPSHOT_ID = /^[0-9A-F]+(-[0-9A-F]+)+$/i;

let pairedReads = 0;
/** Per data source: whether its pool's connections are sessions of their own (learnt on the first pair). */
const separateSessions = new WeakMap<DataSource, boolean>();

type Statement = [sql: string, parameters: unknown[]];

/**
 * Runs two independent read statements at once, each on its own connection, in two READ ONLY REPEATABLE READ
 * transactions sharing one snapshot (the first exports it, the second imports it): a read whose halves do not
 * depend on each other takes the time of the slower half instead of the sum, and both halves see the same
 * data. `setup` runs first in each transaction (its set_config(…, true) settings). Like the unit of work, it
 * talks to `pg` connections of TypeORM's pool (the public `obtainMasterConnection`).
 *
 * Null when it does not apply, and the caller runs its one statement instead: the pool's connections are one
 * session (the embedded PGlite, however it is reached: told by the two connections' backend pids), the pool
 * is small, or MAX_PAIRED_READS reads hold pairs already — reads that
 * each hold one connection while waiting for a second could otherwise take a whole pool and wait for ever.
 */
export async function readInPair(
  dataSource: DataSource,
  setup: string,
  statements: [Statement, Statement],
): Promise<[Row[], Row[]] | null> {
  const poolSize = (dataSource.options.extra as { max?: number } | undefined)?.max ?? 10;
  if (separateSessions.get(dataSource) === false || poolSize < MIN_POOL_FOR_PAIRS || pairedReads >= MAX_PAIRED_READS)
    return null;
  pairedReads += 1;
  const driver = dataSource.driver as PostgresDriver;
  const held: Array<{ client: pg.PoolClient; release: (error?: Error) => void; open: boolean }> = [];
  try {
    for (let index = 0; index < 2; index += 1) {
      const [client, release] = (await driver.obtainMasterConnection()) as [pg.PoolClient, (error?: Error) => void];
      held.push({ client, release, open: false });
    }
    const [first, second] = held;
    if (!separateSessions.has(dataSource)) separateSessions.set(dataSource, await inSeparateSessions(first, second));
    if (!separateSessions.get(dataSource)) return null;
    await first.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    first.open = true;
    const exported = await first.client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
    const snapshot = exported.rows[0].snapshot;
    if (!SNAPSHOT_ID.test(snapshot)) throw new Error(`unexpected snapshot id ${snapshot}`);
    await second.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    second.open = true;
    // Must be the transaction's first statement; the id was checked above (SET takes no parameters).
    await second.client.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
    const results = await Promise.allSettled(
      held.map(async ({ client }, index) => {
        await client.query(setup);
        return (await client.query<Row>(statements[index][0], statements[index][1])).rows;
      }),
    );
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    for (const connection of held) {
      await connection.client.query('COMMIT');
      connection.open = false;
    }
    return results.map((result) => (result as PromiseFulfilledResult<Row[]>).value) as [Row[], Row[]];
  } finally {
    pairedReads -= 1;
    for (const connection of held) await closeAndRelease(connection);
  }
}

async function inSeparateSessions(...connections: Array<{ client: pg.PoolClient }>): Promise<boolean> {
  const pids = new Set<number>();
  for (const { client } of connections)
    pids.add((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid);
  return pids.size === connections.length;
}

/** Ends a transaction left open by a failure; a connection whose ROLLBACK fails is dropped, not reused. */
async function closeAndRelease(connection: {
  client: pg.PoolClient;
  release: (error?: Error) => void;
  open: boolean;
}): Promise<void> {
  if (!connection.open) return connection.release();
  try {
    await connection.client.query('ROLLBACK');
    connection.release();
  } catch (error) {
    connection.release(error as Error);
  }
}
