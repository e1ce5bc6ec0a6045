import { createHash } from 'node:crypto';
import type pg from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';
import { perStatementText } from './per-statement-text.js';
import { inlined, type LiteralStatement, toLiteralStatement } from './sql-literals.js';

/** A statement and its `$n` parameters. */
export type Statement = [sql: string, parameters: unknown[]];

type Rows = Array<Record<string, unknown>>;

/** A part of a batch: SQL sent as it is (BEGIN, COMMIT), or a statement with its values. */
export type BatchPart = string | LiteralStatement;

const GENERIC_PLANS = 'SET LOCAL plan_cache_mode = force_generic_plan';

/** Enough for the statements of every hot path; past it, statements are sent inlined. */
const MAX_PREPARED_PER_CONNECTION = 200;

/** What is prepared on each connection; `unsure` after a failed batch that prepared (see runBatch). */
interface ConnectionStatements {
  names: Set<string>;
  unsure: boolean;
}
const preparedOn = new WeakMap<pg.ClientBase, ConnectionStatements>();

/**
 * Whether statements may be prepared on this data source's connections: the app's, unless
 * DATABASE_PREPARED_STATEMENTS=false or the database is the embedded one (see dataSourceOptions).
 */
export function preparesStatements(dataSource: DataSource): boolean {
  return (dataSource.options as { extra?: { preparedStatements?: boolean } }).extra?.preparedStatements === true;
}

/** A statement's prepared name: from its text, so every process and connection names it alike. */
const statementName = perStatementText((sql) => `zn_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`);

/**
 * Sends the parts as one simple-protocol query (one round trip) and returns each part's result.
 *
 * With `prepare`, each statement runs as `EXECUTE` of a statement prepared on this connection, named
 * after its text; the `PREPARE` goes first in the same query the first time the connection meets it.
 * PostgreSQL then parses, analyses and plans each hot statement once per connection instead of on
 * every request: measured on the Telegram path, that work was half of PostgreSQL's CPU time (docs/
 * hot-paths.md). PREPARE is not transactional, so a failed batch may leave some prepared and some not:
 * the connection's list is then read back from pg_prepared_statements before its next batch.
 */
export async function runBatch(client: pg.ClientBase, parts: BatchPart[], prepare: boolean): Promise<pg.QueryResult[]> {
  const known = prepare ? await preparedStatementsOf(client) : null;
  const prepares = new Map<string, string>();
  const texts = parts.map((part) => {
    if (typeof part === 'string') return part;
    if (!known) return inlined(part);
    const name = statementName(part.sql);
    if (!known.names.has(name) && !prepares.has(name)) {
      if (known.names.size + prepares.size >= MAX_PREPARED_PER_CONNECTION) return inlined(part);
      prepares.set(name, `PREPARE ${name} AS ${part.sql}`);
    }
    return part.literals.length > 0 ? `EXECUTE ${name}(${part.literals.join(', ')})` : `EXECUTE ${name}`;
  });
  // Generic plans for these point statements: with the default, PostgreSQL plans some again on every
  // EXECUTE (custom plans). Only for this query's transaction (SET LOCAL), so other queries keep theirs.
  const preamble = known ? [GENERIC_PLANS, ...prepares.values()] : [];
  let answer: pg.QueryResult | pg.QueryResult[];
  try {
    answer = (await client.query([...preamble, ...texts].join(';\n'))) as unknown as pg.QueryResult | pg.QueryResult[];
  } catch (error) {
    if (known && prepares.size > 0) known.unsure = true;
    throw error;
  }
  if (known) for (const name of prepares.keys()) known.names.add(name);
  return (Array.isArray(answer) ? answer : [answer]).slice(preamble.length);
}

/** The statements prepared on a connection (read back from the server after a failed batch). */
async function preparedStatementsOf(client: pg.ClientBase): Promise<ConnectionStatements> {
  let known = preparedOn.get(client);
  if (!known) {
    known = { names: new Set(), unsure: false };
    preparedOn.set(client, known);
  }
  if (known.unsure) {
    const { rows } = await client.query<{ name: string }>(
      `SELECT name FROM pg_prepared_statements WHERE name LIKE 'zn\\_%'`,
    );
    known.names = new Set(rows.map((row) => row.name));
    known.unsure = false;
  }
  return known;
}

/**
 * Several statements in one round trip (runBatch, on a pool connection). PostgreSQL runs them as one
 * implicit transaction (all or none). Each statement's rows come back in order. A value that cannot be a
 * literal (NUL) sends them one by one, bound as usual.
 */
export async function runStatementBatch(dataSource: DataSource, statements: Statement[]): Promise<Rows[]> {
  let parts: LiteralStatement[];
  try {
    parts = statements.map(([sql, parameters]) => toLiteralStatement(sql, parameters));
  } catch {
    const results: Rows[] = [];
    for (const [sql, parameters] of statements) results.push(await dataSource.query(sql, parameters));
    return results;
  }
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as pg.PoolClient;
    let results: pg.QueryResult[];
    try {
      results = await runBatch(client, parts, preparesStatements(dataSource));
    } catch (error) {
      throw new QueryFailedError(parts.map(inlined).join(';\n'), [], error as Error);
    }
    return results.map((result) => result.rows as Rows);
  } finally {
    await runner.release();
  }
}
