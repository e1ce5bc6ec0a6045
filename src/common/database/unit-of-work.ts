import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type pg from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { type CommitWakes, commitWakesOf, type Wake } from './commit-wakes.js';
import { inlined, type LiteralStatement, toLiteralStatement } from './sql-literals.js';
import type { MapError, OnRows, Row, WriteTransaction } from './sql.js';
import { preparesStatements, runBatch } from './statement-batch.js';

/** A statement of the commit round trip: what gets its rows, and what turns its failure into the caller's error. */
interface CommitStatement {
  statement: LiteralStatement;
  onRows?: OnRows;
  mapError?: MapError;
}

/**
 * The transaction of a counted write, on a `pg` connection of TypeORM's pool (TypeORM's public
 * `obtainMasterConnection`): TypeORM's query runner has no way to begin a transaction together with its
 * first statement, nor to commit with queued statements, so the write path talks to `pg` directly here,
 * and only here. Nothing of TypeORM's runs inside it: stores run SQL through `query` and `atCommit`.
 */
class CountedWriteTransaction implements WriteTransaction {
  readonly rowsForEveryCommand = true;
  readonly countedWrite = true;
  /** START TRANSACTION has been sent (with the write's first statement). */
  begun = false;
  private readonly statements: CommitStatement[] = [];
  private readonly wakes: Wake[] = [];
  private began: Date | null = null;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly prepare: boolean,
    private readonly sender: CommitWakes,
  ) {}

  get startedAt(): Date {
    if (!this.began) throw new Error('the counted write has not run a statement yet: its now() is not known');
    return this.began;
  }

  /**
   * Runs a statement now. The first one carries START TRANSACTION and a read of the transaction's now() in
   * the same simple-protocol query (one round trip, not two); its parameters are inlined as literals of
   * unknown type, which the server types from the context exactly as it types pg's bound parameters.
   */
  async query<R = Row>(sql: string, parameters: unknown[] = []): Promise<R[]> {
    if (this.begun) return this.bound<R>(sql, parameters);
    this.begun = true;
    let statement: LiteralStatement;
    try {
      statement = toLiteralStatement(sql, parameters);
    } catch {
      // A value that cannot be a literal (NUL): bound as usual, so the server refuses it as it always has.
      const [, started] = await runBatch(this.client, ['START TRANSACTION', 'SELECT now() AS now'], false);
      this.began = started.rows[0].now as Date;
      return this.bound<R>(sql, parameters);
    }
    let answer: pg.QueryResult[];
    try {
      answer = await runBatch(this.client, ['START TRANSACTION', 'SELECT now() AS now', statement], this.prepare);
    } catch (error) {
      throw new QueryFailedError(sql, parameters, error as Error);
    }
    this.began = answer[1].rows[0].now as Date;
    return answer[2].rows as R[];
  }

  atCommit(sql: string, parameters: unknown[], onRows?: OnRows, mapError?: MapError): void {
    this.statements.push({ statement: toLiteralStatement(sql, parameters), onRows, mapError });
  }

  wakeAfterCommit(channel: string, payload: string): void {
    this.wakes.push([channel, payload]);
  }

  /**
   * One simple-protocol query: the queued statements, then COMMIT (after START TRANSACTION when the write
   * ran no statement before). A failing statement skips the rest, and the transaction is over.
   */
  async commit(): Promise<void> {
    const begin = this.begun ? [] : ['START TRANSACTION'];
    this.begun = true;
    let results: pg.QueryResult[];
    try {
      const parts = [...begin, ...this.statements.map((queued) => queued.statement), 'COMMIT'];
      results = (await runBatch(this.client, parts, this.prepare)).slice(begin.length);
    } catch (error) {
      for (const queued of this.statements) {
        const mapped = queued.mapError?.(error as { code?: string });
        if (mapped) throw mapped;
      }
      const text = this.statements.map((queued) => inlined(queued.statement)).join(';\n');
      throw new QueryFailedError(text, [], error as Error);
    }
    try {
      this.statements.forEach((queued, index) => queued.onRows?.(results[index].rows));
    } finally {
      if (this.wakes.length > 0) this.sender.add(this.wakes);
    }
  }

  private async bound<R>(sql: string, parameters: unknown[]): Promise<R[]> {
    try {
      return (await this.client.query(sql, parameters)).rows as R[];
    } catch (error) {
      throw new QueryFailedError(sql, parameters, error as Error);
    }
  }
}

/** A statement waiting to commit with the first counted write of a unit of work (UnitOfWork.joinFirstWrite). */
interface Rider {
  sql: string;
  parameters: unknown[];
  taken: boolean;
  committed: boolean;
}
const riders = new AsyncLocalStorage<Rider>();

/**
 * The one way to run a write that takes a project's hot rows (ticket number, credit account) or writes a
 * ticket: a counted write. Its transaction (WriteTransaction) runs what must be read now with `query` and
 * queues the rest for the commit round trip (`atCommit`): the new ticket, messages, the ticket update,
 * status history, the outbox insert, the credit charge. Those rows are then held for the time PostgreSQL
 * needs, not for as long as this process's event loop, busy with other requests, takes to send the next
 * statement (measured: that wait, not the SQL, was what kept a busy project's writes queued;
 * docs/performance.md). Statements are prepared per connection (statement-batch.ts), the hot rows are
 * taken in arrival order (hot-row-queue.ts), and NOTIFYs go after COMMIT (commit-wakes.ts).
 */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return runCountedWrite(this.dataSource, work);
  }

  /**
   * Runs `work`; the first counted write inside it that commits also commits `sql` (in its commit round
   * trip). `committed` tells whether one did; if none did, the caller runs the statement itself. A messenger
   * update's completion mark rides on the write that stores its message: one round trip and one flush
   * fewer, and the message and the mark commit together.
   */
  async joinFirstWrite<T>(
    sql: string,
    parameters: unknown[],
    work: () => Promise<T>,
  ): Promise<{ result: T; committed: boolean }> {
    const rider: Rider = { sql, parameters, taken: false, committed: false };
    const result = await riders.run(rider, work);
    return { result, committed: rider.committed };
  }
}

/** UnitOfWork.write, for the few callers outside Nest's injection (tests, benches). */
export async function runCountedWrite<T>(
  dataSource: DataSource,
  work: (tx: WriteTransaction) => Promise<T>,
): Promise<T> {
  const [client, release] = (await (dataSource.driver as PostgresDriver).obtainMasterConnection()) as [
    pg.PoolClient,
    (error?: Error) => void,
  ];
  let broken: Error | undefined;
  try {
    const tx = new CountedWriteTransaction(client, preparesStatements(dataSource), commitWakesOf(dataSource));
    try {
      const result = await work(tx);
      const rider = riders.getStore();
      const riding = rider !== undefined && !rider.taken;
      if (riding) {
        rider.taken = true;
        tx.atCommit(rider.sql, rider.parameters);
      }
      try {
        await tx.commit();
      } catch (error) {
        if (riding) rider.taken = false;
        throw error;
      }
      if (riding) rider.committed = true;
      return result;
    } catch (error) {
      // A failed statement (the commit batch's too) leaves the transaction aborted until ROLLBACK.
      if (tx.begun) await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    }
  } finally {
    // A connection whose ROLLBACK failed is dropped from the pool, not reused.
    release(broken);
  }
}
