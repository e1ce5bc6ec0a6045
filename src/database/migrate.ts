import { DataSource } from 'typeorm';

// Any constant works; it only has to be the same in every process of this app.
const MIGRATION_LOCK_KEY = 728_310_001;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so several server processes starting at
 * once on one database do not race each other through the same CREATE TABLE.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
