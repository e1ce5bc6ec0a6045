import pg from 'pg';
import { perStatementText } from './per-statement-text.js';

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
  const value = textOfValue(parameter);
  if (value === null) return 'NULL';
  // The query text is NUL-terminated on the wire; PostgreSQL refuses NUL in text values anyway.
  if (value.includes('\u0000')) throw new Error(`NUL character in ${placeholder}`);
  return pg.escapeLiteral(value);
}

/**
 * A value as the text pg sends for a bound parameter (pg's documented conversions: null, Buffer as bytea
 * hex, Date, arrays as array literals, objects as JSON, the rest by toString), written here because pg
 * keeps its own converter private. Dates are written in UTC: every timestamp column is timestamptz, so
 * the instant is what counts.
 */
export function textOfValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return String(value);
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (ArrayBuffer.isView(value))
    return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
  if (value instanceof Date) return timestampText(value);
  if (Array.isArray(value)) return arrayText(value);
  return JSON.stringify(value);
}

function timestampText(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('an invalid Date cannot be a statement value');
  const year = date.getUTCFullYear();
  const era = year < 1 ? ' BC' : '';
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return (
    `${pad(year < 1 ? 1 - year : year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}` +
    `.${pad(date.getUTCMilliseconds(), 3)}+00:00${era}`
  );
}

function arrayText(values: unknown[]): string {
  const elements = values.map((item) => {
    if (item === null || item === undefined) return 'NULL';
    if (Array.isArray(item)) return arrayText(item);
    if (ArrayBuffer.isView(item))
      return `\\\\x${Buffer.from(item.buffer, item.byteOffset, item.byteLength).toString('hex')}`;
    const text = textOfValue(item)!;
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${elements.join(',')}}`;
}
