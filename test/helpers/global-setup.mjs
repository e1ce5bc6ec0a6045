// Plain ESM on purpose: Jest loads global setup outside its module mapper, so this uses the compiled
// app in dist/ (`npm test` builds first).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../dist/src/database/data-source-options.js';
import { startEmbeddedPostgres } from '../../dist/src/database/embedded-postgres.js';
import { runMigrationsLocked } from '../../dist/src/database/migrate.js';

/**
 * Runs once before all test files. With DATABASE_URL set the suite uses that PostgreSQL; without it, an
 * embedded PGlite in a temporary directory, served on loopback so every test worker (and every server
 * process a test spawns) connects to the same database. Migrations run here once.
 */
export default async function globalSetup() {
  if (!process.env.DATABASE_URL) {
    const dataDir = mkdtempSync(join(tmpdir(), 'zapnoty-test-'));
    const embedded = await startEmbeddedPostgres(dataDir);
    globalThis.__embeddedPostgres = embedded;
    process.env.DATABASE_URL = embedded.url;
    process.env.TEST_EMBEDDED_DATABASE = 'true';
    // The servers reach PGlite by URL, so they cannot tell that every pool connection is one session.
    process.env.DATABASE_PREPARED_STATEMENTS = 'false';
  }
  const dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL, 2)).initialize();
  await runMigrationsLocked(dataSource);
  // Failed sign-ins are counted per client address for 15 minutes: an earlier run's loopback failures on a
  // reused test database would throttle this run's sign-ins.
  await dataSource.query('DELETE FROM password_attempt_window');
  await dataSource.destroy();
}
