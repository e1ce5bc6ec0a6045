import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Env } from '../config/env.js';
import { dataSourceOptions } from './data-source-options.js';
import { DatabaseEndpoint, DatabaseEndpointModule } from './database-endpoint.js';
import { runMigrationsLocked } from './migrate.js';
import { UnitOfWork } from '../common/database/unit-of-work.js';

@Global()
@Module({
  imports: [
    DatabaseEndpointModule,
    TypeOrmModule.forRootAsync({
      imports: [DatabaseEndpointModule],
      inject: [DatabaseEndpoint, ConfigService],
      useFactory: async (endpoint: DatabaseEndpoint, config: ConfigService<Env, true>) =>
        dataSourceOptions(await endpoint.resolve(), config.get('DATABASE_POOL_SIZE', { infer: true }), {
          // The embedded PGlite is one session behind every pool connection: nothing is per connection.
          preparedStatements: !endpoint.isEmbedded && config.get('DATABASE_PREPARED_STATEMENTS', { infer: true }),
        }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        await runMigrationsLocked(dataSource);
        return dataSource;
      },
    }),
  ],
  providers: [UnitOfWork],
  exports: [DatabaseEndpointModule, UnitOfWork],
})
export class DatabaseModule {}
