import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env.js';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.js';

/** Where the database is: the configured PostgreSQL, or an embedded one started for this process. */
@Injectable()
export class DatabaseEndpoint implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private embedded?: EmbeddedPostgres;
  url: string;

  constructor(@Inject(ConfigService) private readonly config: ConfigService<Env, true>) {}

  get isEmbedded(): boolean {
    return this.embedded !== undefined;
  }

  async resolve(): Promise<string> {
    const configured = this.config.get('DATABASE_URL', { infer: true });
    if (configured) {
      this.url = configured;
    } else {
      const dataDir = this.config.get('DATA_DIR', { infer: true });
      this.embedded = await startEmbeddedPostgres(dataDir);
      this.url = this.embedded.url;
      this.logger.log({ msg: 'embedded PostgreSQL (PGlite) started', data_dir: dataDir });
    }
    return this.url;
  }

  async onApplicationShutdown(): Promise<void> {
    // Runs after TypeORM closed its pool (Nest shuts modules down in reverse order of creation).
    await this.embedded?.stop();
  }
}

@Global()
@Module({ providers: [DatabaseEndpoint], exports: [DatabaseEndpoint] })
export class DatabaseEndpointModule {}
