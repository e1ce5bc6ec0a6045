import { createRequire } from 'node:module';
import pg from 'pg';
import { perStatementText } from './per-statement-text.js';

// pg's own parameter serialisation (dates, arrays, JSON), so an inlined value reads as a bound one would.
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue: (value: unknown) => string | null;
};

const PLACEHOLDER = /\$(\d+)/g;

/** A statement with its `$n` values written as SQL literals, ready to inline or to pass to EXECUTE. */
export interface LiteralStatement {
  sql: string;
  /** The literal of `$1`, `$2`, … up to the highest placeholder the statement uses. */
  literals: string[];
}

/**
 * The values of `$1`…`$n` as literals of unknown type, which the server types from the context exactly as
 * it types pg's bound (text, untyped) parameters. NULL for null and undefined.
 */
export function toLiteralStatement(sql: string, parameters: unknown[]): LiteralStatement {
  const count = placeholderCount(sql);
  const literals: string[] = [];
  for (let index = 0; index < count; index++) {
    const placeholder = `$${index + 1}`;
    if (index >= parameters.length) throw new Error(`no value for ${placeholder}`);
    literals.push(literalOf(parameters[index], placeholder));
  }
  return { sql, literals };
}

/** The highest `$n` a statement text uses. */
const placeholderCount = perStatementText((sql) => {
  let count = 0;
  for (const [, digits] of sql.matchAll(PLACEHOLDER)) count = Math.max(count, Number(digits));
  return count;
});

/** The statement with its placeholders replaced by their literals. */
export function inlined(statement: LiteralStatement): string {
  return statement.sql.replace(PLACEHOLDER, (_placeholder, digits: string) => statement.literals[Number(digits) - 1]);
}

function literalOf(parameter: unknown, placeholder: string): string {
  const value = prepareValue(parameter);
  if (value === null) return 'NULL';
  // The query text is NUL-terminated on the wire; PostgreSQL refuses NUL in text values anyway.
  if (value.includes('\u0000')) throw new Error(`NUL character in ${placeholder}`);
  return pg.escapeLiteral(value);
}
