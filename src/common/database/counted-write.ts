import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { type DataSource, type EntityManager, QueryFailedError, QueryResult, type QueryRunner } from 'typeorm';
import { inlined, type LiteralStatement, toLiteralStatement } from './sql-literals.js';
import { type CommitWakes, commitWakesOf, type Wake } from './commit-wakes.js';
import { preparesStatements, runBatch } from './statement-batch.js';

type Rows = Array<Record<string, unknown>>;

/** A statement of the tail: what gets its rows, and what turns its failure into the caller's error. */
interface TailStatement {
  statement: LiteralStatement;
  onRows?: (rows: Rows) => void;
  mapError?: (error: { code?: string }) => Error | null;
}

/** The statements of a counted write that run in the same round trip as its COMMIT (see countedWrite). */
export class CommitTail {
  private readonly statements: TailStatement[] = [];
  private readonly wakes: Wake[] = [];
  private began: Date | null = null;
  /** START TRANSACTION has been sent (with the write's first statement). */
  beginSent = false;

  /**
   * `prepare`: the tail's statements run as prepared statements of the connection (runBatch). `sender`
   * sends the NOTIFYs queued by `wakeAfterCommit` once the write has committed.
   */
  constructor(
    private readonly prepare: boolean,
    private readonly sender: CommitWakes,
  ) {}

  /**
   * When the transaction began (its `now()`): what the database writes for `now()` in the tail too. Known
   * once the write's first statement has run (BEGIN goes with it).
   */
  get startedAt(): Date {
    if (!this.began) throw new Error('the counted write has not run a statement yet: its now() is not known');
    return this.began;
  }

  /** Records the transaction's start (the now() read with BEGIN). */
  begun(now: Date): void {
    this.began = now;
  }

  /**
   * Queues a statement for the commit round trip; `onRows` gets its result once committed. Its parameters
   * are inlined as literals of unknown type, which the server types from the context exactly as it types
   * pg's bound (text, untyped) parameters.
   */
  add(
    sql: string,
    parameters: unknown[],
    onRows?: TailStatement['onRows'],
    mapError?: TailStatement['mapError'],
  ): void {
    this.statements.push({ statement: toLiteralStatement(sql, parameters), onRows, mapError });
  }

  /**
   * A NOTIFY to send once this write has committed, outside its transaction (see CommitWakes). Called by
   * a statement's `onRows` too: those run after the COMMIT, before the wakes are sent.
   */
  wakeAfterCommit(channel: string, payload: string): void {
    this.wakes.push([channel, payload]);
  }

  /**
   * One simple-protocol query: the queued statements, then COMMIT (after START TRANSACTION when the write
   * ran no statement before). A failing statement skips the rest.
   */
  async commit(client: pg.PoolClient): Promise<void> {
    const begin = this.beginSent ? [] : ['START TRANSACTION'];
    this.beginSent = true;
    let results: pg.QueryResult[];
    try {
      const parts = [...begin, ...this.statements.map((statement) => statement.statement), 'COMMIT'];
      results = (await runBatch(client, parts, this.prepare)).slice(begin.length);
    } catch (error) {
      for (const statement of this.statements) {
        const mapped = statement.mapError?.(error as { code?: string });
        if (mapped) throw mapped;
      }
      const text = this.statements.map((statement) => inlined(statement.statement)).join(';\n');
      throw new QueryFailedError(text, [], error as Error);
    }
    try {
      this.statements.forEach((statement, index) => statement.onRows?.(results[index].rows));
    } finally {
      if (this.wakes.length > 0) this.sender.add(this.wakes);
    }
  }
}

const tails = new WeakMap<EntityManager, CommitTail>();

/** A statement waiting to commit with the first counted write of a unit of work (joinFirstCountedWrite). */
interface Rider {
  sql: string;
  parameters: unknown[];
  taken: boolean;
  committed: boolean;
}
const riders = new AsyncLocalStorage<Rider>();

/**
 * Runs `work`; the first counted write inside it that commits also commits `sql` (in its commit round
 * trip). `committed` tells whether one did; if none did, the caller runs the statement itself. A messenger
 * update's completion mark rides on the write that stores its message: one round trip and one flush fewer,
 * and the message and the mark commit together.
 */
export async function joinFirstCountedWrite<T>(
  sql: string,
  parameters: unknown[],
  work: () => Promise<T>,
): Promise<{ result: T; committed: boolean }> {
  const rider: Rider = { sql, parameters, taken: false, committed: false };
  const result = await riders.run(rider, work);
  return { result, committed: rider.committed };
}

/** The commit tail of the counted write `manager` belongs to; null in any other transaction. */
export function commitTailOf(manager: EntityManager): CommitTail | null {
  return tails.get(manager) ?? null;
}

/** A write whose result nobody reads: queued on the commit tail in a counted write, run now otherwise. */
export async function writeThrough(manager: EntityManager, sql: string, parameters: unknown[]): Promise<void> {
  const tail = commitTailOf(manager);
  if (tail) tail.add(sql, parameters);
  else await manager.query(sql, parameters);
}

/**
 * A transaction that takes a project's counter rows (ticket number, event-stream position, credit
 * account), which serialise every write of the project until its COMMIT releases them. What it writes
 * after its last read is queued on its commit tail (`commitTailOf(manager)`, `writeThrough`: the new
 * ticket, messages, the ticket update, status history, the outbox insert that takes the stream position,
 * the credit charge) and runs in the same round trip as COMMIT, so those rows are held for the time
 * PostgreSQL needs, not for as long as this process's event loop, busy with other requests, takes to send
 * the next statement (measured: that wait, not the SQL, was what kept a busy project's writes queued;
 * docs/performance.md). The commit is an ordinary synchronous one.
 */
export async function countedWrite<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as pg.PoolClient;
    const prepare = preparesStatements(dataSource);
    const tail = new CommitTail(prepare, commitWakesOf(dataSource));
    const usualQueries = beginWithFirstStatement(runner, client, tail, prepare);
    setTransactionState(runner, true);
    let result: T;
    try {
      tails.set(runner.manager, tail);
      result = await work(runner.manager);
      const rider = riders.getStore();
      const riding = rider !== undefined && !rider.taken;
      if (riding) {
        rider.taken = true;
        tail.add(rider.sql, rider.parameters);
      }
      try {
        await tail.commit(client);
      } catch (error) {
        if (riding) rider.taken = false;
        throw error;
      }
      if (riding) rider.committed = true;
      setTransactionState(runner, false);
    } catch (error) {
      usualQueries();
      if (!tail.beginSent) setTransactionState(runner, false);
      else if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      tails.delete(runner.manager);
    }
    return result;
  } finally {
    await runner.release();
  }
}

/**
 * START TRANSACTION is not a round trip of its own: it goes with the write's first statement (usually the
 * lock of the ticket or the customer upsert), in one simple-protocol query that also reads the
 * transaction's now(). That statement's parameters are inlined as the tail's are. Later statements run as
 * usual through the query runner. Returns what puts the runner's own query back (before a rollback).
 */
function beginWithFirstStatement(
  runner: QueryRunner,
  client: pg.PoolClient,
  tail: CommitTail,
  prepare: boolean,
): () => void {
  const usual = runner.query.bind(runner) as (sql: string, parameters?: unknown[], structured?: boolean) => unknown;
  const first = async (sql: string, parameters: unknown[] = [], structured = false): Promise<unknown> => {
    runner.query = usual as QueryRunner['query'];
    tail.beginSent = true;
    let statement: LiteralStatement;
    try {
      statement = toLiteralStatement(sql, parameters);
    } catch {
      // A value that cannot be a literal (NUL): bound as usual, so the server refuses it as it always has.
      const [, started] = await runBatch(client, ['START TRANSACTION', 'SELECT now() AS now'], false);
      tail.begun(started.rows[0].now as Date);
      return usual(sql, parameters, structured);
    }
    let answer: pg.QueryResult[];
    try {
      answer = await runBatch(client, ['START TRANSACTION', 'SELECT now() AS now', statement], prepare);
    } catch (error) {
      throw new QueryFailedError(sql, parameters, error as Error);
    }
    tail.begun(answer[1].rows[0].now as Date);
    return queryRunnerResult(answer[2], structured);
  };
  runner.query = first as QueryRunner['query'];
  return () => {
    runner.query = usual as QueryRunner['query'];
  };
}

/** What TypeORM's PostgresQueryRunner.query makes of pg's result (raw rows, or [rows, count] for changes). */
function queryRunnerResult(raw: pg.QueryResult, structured: boolean): unknown {
  const result = new QueryResult();
  result.records = raw.rows;
  result.affected = raw.rowCount ?? undefined;
  result.raw = raw.command === 'UPDATE' || raw.command === 'DELETE' ? [raw.rows, raw.rowCount] : raw.rows;
  return structured ? result : result.raw;
}

/** The query runner's own bookkeeping, for a transaction begun or committed without it. */
function setTransactionState(runner: QueryRunner, active: boolean): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = active;
  state.transactionDepth = active ? 1 : 0;
}
