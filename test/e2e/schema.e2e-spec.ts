import { DataSource } from 'typeorm';
import { useTestApp } from '../helpers/test-app.js';

describe('database schema', () => {
  const ctx = useTestApp();

  it('is exactly what the entities describe once the migrations have run', async () => {
    const pending = await ctx.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
