import type pg from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';
import { inlineParameters } from './counted-write.js';

/** A statement and its `$n` parameters. */
export type Statement = [sql: string, parameters: unknown[]];

type Rows = Array<Record<string, unknown>>;

/**
 * Several statements in one round trip: one simple-protocol query, parameters inlined as the commit tail
 * inlines them. PostgreSQL runs them as one implicit transaction (all or none). Each statement's rows
 * come back in order. A value that cannot be a literal (NUL) sends them one by one, bound as usual.
 */
export async function runStatementBatch(dataSource: DataSource, statements: Statement[]): Promise<Rows[]> {
  let text: string;
  try {
    text = statements.map(([sql, parameters]) => inlineParameters(sql, parameters)).join(';\n');
  } catch {
    const results: Rows[] = [];
    for (const [sql, parameters] of statements) results.push(await dataSource.query(sql, parameters));
    return results;
  }
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as pg.PoolClient;
    let answer: pg.QueryResult | pg.QueryResult[];
    try {
      answer = (await client.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
    } catch (error) {
      throw new QueryFailedError(text, [], error as Error);
    }
    return (Array.isArray(answer) ? answer : [answer]).map((result) => result.rows as Rows);
  } finally {
    await runner.release();
  }
}
