import { DataSource } from 'typeorm';
import { dataSourceOptions } from './src/database/data-source-options.js';

/**
 * The DataSource the TypeORM CLI uses (`npx typeorm migration:run -d dist/ormconfig.js`). It needs an
 * external PostgreSQL in DATABASE_URL; the server itself also applies migrations on start.
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must be set to run TypeORM CLI commands');
export default new DataSource(dataSourceOptions(url));
