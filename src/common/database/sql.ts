import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

export type Row = Record<string, unknown>;

/**
 * What a store runs its statements on: a transaction (a counted write's, or an ordinary one), or the pool
 * outside any transaction. Rows come back as plain objects, for every kind of statement (an UPDATE …
 * RETURNING too), so a store never deals with TypeORM's per-command result shapes.
 */
export interface Sql {
  /** Marks an Sql: an EntityManager (whose `query` looks alike but answers UPDATE with [rows, count]) is not one. */
  readonly rowsForEveryCommand: true;
  query<R = Row>(sql: string, parameters?: unknown[]): Promise<R[]>;
}

/** A statement whose rows reach `onRows` once its counted write has committed (see WriteTransaction). */
export type OnRows = (rows: Row[]) => void;
/** Turns a failed commit-round-trip statement's error into the caller's error (null: not this one's). */
export type MapError = (error: { code?: string; constraint?: string }) => Error | null;

/**
 * The transaction of a counted write (UnitOfWork.write, unit-of-work.ts): besides running statements now, it queues the
 * statements whose results are not needed before COMMIT into the commit round trip (`atCommit`), and the
 * NOTIFYs to send once committed (`wakeAfterCommit`).
 */
export interface WriteTransaction extends Sql {
  readonly countedWrite: true;
  /** The transaction's now(): what PostgreSQL writes for now() in every statement of it. */
  readonly startedAt: Date;
  atCommit(sql: string, parameters: unknown[], onRows?: OnRows, mapError?: MapError): void;
  wakeAfterCommit(channel: string, payload: string): void;
}

export function isWriteTransaction(sql: Sql): sql is WriteTransaction {
  return (sql as Partial<WriteTransaction>).countedWrite === true;
}

/** A write whose result nobody reads: queued for the commit round trip in a counted write, run now otherwise. */
export async function writeThrough(sql: Sql, statement: string, parameters: unknown[]): Promise<void> {
  if (isWriteTransaction(sql)) sql.atCommit(statement, parameters);
  else await sql.query(statement, parameters);
}

/** Runs one statement on a query runner (TypeORM's public structured result: the rows of any command). */
async function recordsOf<R>(runner: QueryRunner, sql: string, parameters: unknown[] | undefined): Promise<R[]> {
  return (await runner.query(sql, parameters, true)).records as R[];
}

/** The statements of an ordinary TypeORM transaction (`dataSource.transaction(manager => …)`). */
export function sqlOfManager(manager: EntityManager): Sql {
  const runner = manager.queryRunner;
  if (!runner) return sqlOfPool(manager.connection);
  return { rowsForEveryCommand: true, query: (sql, parameters) => recordsOf(runner, sql, parameters) };
}

/** Statements outside any transaction, each on a connection of the pool. */
export function sqlOfPool(dataSource: DataSource): Sql {
  return {
    rowsForEveryCommand: true,
    async query<R>(sql: string, parameters?: unknown[]): Promise<R[]> {
      const runner = dataSource.createQueryRunner();
      try {
        return await recordsOf<R>(runner, sql, parameters);
      } finally {
        await runner.release();
      }
    },
  };
}
