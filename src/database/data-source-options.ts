import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * The one TypeORM configuration, used by the app, the CLI, ormconfig.ts and the tests. `preparedStatements`:
 * hot statements may be prepared on the pool's connections (preparesStatements); not when the connections
 * are not sessions of their own (the embedded PGlite, a transaction-mode connection pooler).
 */
export function dataSourceOptions(url: string, poolSize = 10, { preparedStatements = false } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built in since PostgreSQL 13; no extension to install.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    extra: { max: poolSize, connectionTimeoutMillis: 10_000, preparedStatements },
    // Failed queries surface as errors: 5xx are logged once by the exception filter, without parameters.
    logging: false,
  };
}
