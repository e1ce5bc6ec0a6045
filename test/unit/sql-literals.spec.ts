import { inlined, textOfValue, toLiteralStatement } from '../../src/common/database/sql-literals.js';

const inlineParameters = (sql: string, parameters: unknown[]) => inlined(toLiteralStatement(sql, parameters));

describe('statement values as literals (the commit tail, batches, EXECUTE arguments)', () => {
  it('writes each value as pg would bind it, quoted so that no value can end its literal', () => {
    const sql = inlineParameters('SELECT $1, $2::jsonb, $3::text[], $4, $5, $6, $10', [
      "O'Brien \\ said",
      JSON.stringify({ text: "it's $1" }),
      ['a', 'b,c', 'd"e'],
      null,
      undefined,
      42,
      0,
      0,
      0,
      true,
    ]);
    expect(sql).toBe(
      `SELECT  E'O''Brien \\\\ said', '{"text":"it''s $1"}'::jsonb,  E'{"a","b,c","d\\\\"e"}'::text[], ` +
        `NULL, NULL, '42', 'true'`,
    );
  });

  it('writes dates as the same instant in UTC, with their offset', () => {
    const sql = inlineParameters('SELECT $1::timestamptz', [new Date('2026-12-02T10:00:00.123Z')]);
    expect(sql).toBe("SELECT '2026-12-02T10:00:00.123+00:00'::timestamptz");
  });

  it('writes bytes as bytea hex, nested arrays and NULL elements as array literals, objects as JSON', () => {
    expect(textOfValue(Buffer.from([0, 255]))).toBe('\\x00ff');
    expect(textOfValue([[1, null], ['x\\y']])).toBe('{{"1",NULL},{"x\\\\y"}}');
    expect(textOfValue({ a: [1] })).toBe('{"a":[1]}');
    expect(textOfValue(false)).toBe('false');
    expect(() => textOfValue(new Date(Number.NaN))).toThrow('invalid Date');
  });

  it('refuses a placeholder without a value and a NUL character (the query text ends at NUL on the wire)', () => {
    expect(() => inlineParameters('SELECT $2', [1])).toThrow('no value for $2');
    expect(() => inlineParameters('SELECT $1', ['a\u0000b'])).toThrow('NUL character');
  });
});
