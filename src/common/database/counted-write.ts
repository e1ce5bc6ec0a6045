import { createRequire } from 'node:module';
import pg from 'pg';
import { type DataSource, type EntityManager, QueryFailedError, type QueryRunner } from 'typeorm';

// pg's own parameter serialisation (dates, arrays, JSON), so an inlined value reads as a bound one would.
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue: (value: unknown) => string | null;
};

/**
 * The statements of a counted write that take the project's counter rows, run in the same round trip
 * as COMMIT (see countedWrite).
 */
export class CommitTail {
  private readonly statements: string[] = [];

  /**
   * Queues a statement for the commit round trip. Its parameters are inlined as literals of unknown type,
   * which the server types from the context exactly as it types pg's bound (text, untyped) parameters.
   */
  add(sql: string, parameters: unknown[]): void {
    this.statements.push(inlineParameters(sql, parameters));
  }

  /** One simple-protocol query: the queued statements, then COMMIT. A failing statement skips the rest. */
  async commit(client: pg.PoolClient): Promise<void> {
    const text = [
      // Checked at COMMIT: the counter rows are released without waiting for the WAL flush.
      `SELECT set_config('synchronous_commit', 'off', true)`,
      ...this.statements,
      'COMMIT',
    ].join(';\n');
    try {
      await client.query(text);
    } catch (error) {
      throw new QueryFailedError(text, [], error as Error);
    }
  }
}

const tails = new WeakMap<EntityManager, CommitTail>();

/** The commit tail of the counted write `manager` belongs to; null in any other transaction. */
export function commitTailOf(manager: EntityManager): CommitTail | null {
  return tails.get(manager) ?? null;
}

/**
 * A transaction that takes a project's counter rows (ticket number, event-stream position, credit
 * account), which serialise every write of the project until its COMMIT releases them. Two things keep
 * that window short:
 *
 * - Statements queued on the commit tail (`commitTailOf(manager)`: the outbox insert, which takes the
 *   stream position) run in the same round trip as COMMIT, so the rows are not held while this process's
 *   event loop, busy with other requests, gets round to sending the next statement.
 * - COMMIT does not wait for the WAL flush (`synchronous_commit = off` for this transaction only), so the
 *   rows are released as soon as the commit record is written, not one disk flush later. Durability is
 *   waited for afterwards, with no lock held: `txid_current()` gives a statement a transaction id, so its
 *   synchronous commit flushes the WAL up to its own record, which lies after ours, and that flush is
 *   shared with every other request committing at the moment. A caller answered after this returns loses
 *   nothing in a crash, as with an ordinary commit.
 */
export async function countedWrite<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as pg.PoolClient;
    const tail = new CommitTail();
    await runner.startTransaction();
    let result: T;
    try {
      tails.set(runner.manager, tail);
      result = await work(runner.manager);
      await tail.commit(client);
      endedByCommit(runner);
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      tails.delete(runner.manager);
    }
    await client.query('SELECT txid_current()');
    return result;
  } finally {
    await runner.release();
  }
}

/** The query runner's own bookkeeping after a COMMIT it did not send itself. */
function endedByCommit(runner: QueryRunner): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = false;
  state.transactionDepth = 0;
}

/** `$n` placeholders replaced by literals (NULL for null and undefined). */
export function inlineParameters(sql: string, parameters: unknown[]): string {
  return sql.replace(/\$(\d+)/g, (placeholder, digits: string) => {
    const index = Number(digits) - 1;
    if (index < 0 || index >= parameters.length) throw new Error(`no value for ${placeholder}`);
    const value = prepareValue(parameters[index]);
    if (value === null) return 'NULL';
    // The query text is NUL-terminated on the wire; PostgreSQL refuses NUL in text values anyway.
    if (value.includes('\u0000')) throw new Error(`NUL character in ${placeholder}`);
    return pg.escapeLiteral(value);
  });
}
