import type pg from 'pg';
import { DataSource } from 'typeorm';
import { toLiteralStatement } from '../../src/common/database/sql-literals.js';
import { preparesStatements, runBatch } from '../../src/common/database/statement-batch.js';
import { useTestApp } from '../helpers/test-app.js';

/**
 * runBatch sends statements with their values inlined, in one round trip, as prepared statements of the
 * connection: each is PREPAREd the first time the connection meets it, EXECUTEd from then on, and a
 * failed batch (PREPARE is not transactional) leaves the connection's list to be read back, not guessed.
 */
describe('statement batches: one round trip, prepared once per connection', () => {
  const ctx = useTestApp();
  const ECHO = `SELECT $1::text AS text, $2::jsonb AS json, $3::int[] AS numbers, $4::timestamptz AS at,
                       $5::text AS nothing, $6::uuid AS id`;
  const values = [
    "O'Brien \\ said $1; DROP TABLE ticket; --",
    JSON.stringify({ text: 'it\'s "quoted" ✓', nested: [1, null] }),
    [1, 2, 3],
    new Date('2026-12-03T07:00:00.123Z'),
    null,
    '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  ];

  async function withClient<T>(work: (client: pg.PoolClient, sent: string[]) => Promise<T>): Promise<T> {
    const runner = ctx.app.get(DataSource).createQueryRunner();
    const client = (await runner.connect()) as pg.PoolClient;
    const sent: string[] = [];
    const query = client.query.bind(client) as (text: string) => Promise<unknown>;
    (client as unknown as { query: (text: string) => Promise<unknown> }).query = (text: string) => {
      sent.push(text);
      return query(text);
    };
    try {
      return await work(client, sent);
    } finally {
      (client as unknown as { query: unknown }).query = query;
      await runner.release();
    }
  }

  it('returns what the bound statement returns, and prepares it only the first time', async () => {
    const [bound] = await ctx.app.get(DataSource).query(ECHO, values);
    await withClient(async (client, sent) => {
      const first = await runBatch(client, ['SELECT 1 AS one', toLiteralStatement(ECHO, values)], true);
      const second = await runBatch(client, [toLiteralStatement(ECHO, values)], true);
      expect(first.map((result) => result.rows)).toEqual([[{ one: 1 }], [bound]]);
      expect(second[0].rows).toEqual([bound]);
      expect(sent).toHaveLength(2);
      expect(sent[0]).toMatch(/^SET LOCAL plan_cache_mode = force_generic_plan;\nPREPARE zn_\w+ AS SELECT \$1::text/);
      expect(sent[1]).toMatch(/^SET LOCAL plan_cache_mode = force_generic_plan;\nEXECUTE zn_\w+\( E'O''Brien/);
      expect(sent[1]).not.toContain('PREPARE');
      // Generic plans were asked for that query's transaction only: the connection keeps its own setting.
      const shown = (await client.query('SHOW plan_cache_mode')) as unknown as { rows: Array<Record<string, string>> };
      expect(shown.rows[0].plan_cache_mode).toBe('auto');
    });
  });

  it('after a failed batch, reads back what the connection has prepared instead of guessing', async () => {
    await withClient(async (client, sent) => {
      const divide = 'SELECT 10 / $1::int AS quotient';
      const add = 'SELECT $1::int + 1 AS sum';
      // The PREPAREs run first, then the division fails: both stay prepared although the batch failed.
      await expect(
        runBatch(client, [toLiteralStatement(add, [1]), toLiteralStatement(divide, [0])], true),
      ).rejects.toThrow('division by zero');
      const [sum, quotient] = await runBatch(
        client,
        [toLiteralStatement(add, [41]), toLiteralStatement(divide, [5])],
        true,
      );
      expect([sum.rows, quotient.rows]).toEqual([[{ sum: 42 }], [{ quotient: 2 }]]);
      expect(sent[1]).toContain('pg_prepared_statements');
      expect(sent[2]).not.toContain('PREPARE');
    });
  });

  it('is on for the app by default (test/e2e/prepared-statements-off: DATABASE_PREPARED_STATEMENTS=false)', () => {
    expect(preparesStatements(ctx.app.get(DataSource))).toBe(true);
  });

  it('sends the statements inlined when the connection may not prepare (the embedded database)', async () => {
    await withClient(async (client, sent) => {
      const [echo] = await runBatch(client, [toLiteralStatement(ECHO, values)], false);
      expect(echo.rows[0].text).toBe(values[0]);
      expect(sent[0]).toMatch(/^SELECT +E'O''Brien/);
    });
  });
});
