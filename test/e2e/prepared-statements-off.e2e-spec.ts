import pg from 'pg';
import { DataSource } from 'typeorm';
import { preparesStatements } from '../../src/common/database/statement-batch.js';
import { useTestApp } from '../helpers/test-app.js';
import { createTicket } from '../helpers/tickets.js';

/**
 * DATABASE_PREPARED_STATEMENTS=false (a transaction-mode pooler, where a session's prepared statement may
 * be missing on the next transaction's server connection): the hot paths send their statements inlined.
 */
describe('DATABASE_PREPARED_STATEMENTS=false', () => {
  const ctx = useTestApp({ DATABASE_PREPARED_STATEMENTS: 'false' });
  const sent: string[] = [];
  const query = pg.Client.prototype.query;

  beforeAll(() => {
    // Every statement any connection of this process sends, as text.
    pg.Client.prototype.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
      const text = typeof config === 'string' ? config : (config as { text?: string } | null)?.text;
      if (text) sent.push(text);
      return (query as (...args: unknown[]) => unknown).call(this, config, ...rest);
    } as typeof query;
  });
  afterAll(() => {
    pg.Client.prototype.query = query;
  });

  it('creates and answers tickets without preparing anything', async () => {
    expect(preparesStatements(ctx.app.get(DataSource))).toBe(false);
    const project = await ctx.project();
    const ticket = await createTicket(project.api, { subject: 'inlined' });
    await project.api.post(`/v1/helpdesk/tickets/${ticket.id}/reply`, { text: 'on it' }).expect(201);
    expect(sent.some((text) => /START TRANSACTION;\s*SELECT now\(\) AS now/.test(text))).toBe(true);
    expect(sent.filter((text) => /\b(PREPARE|EXECUTE) zn_/.test(text))).toEqual([]);
  });
});
