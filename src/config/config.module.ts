import { Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule, ConfigService } from '@nestjs/config';
import { parseEnv } from './env.js';

/** @nestjs/config validates the environment once; the rest of the app reads it as `ConfigService<Env, true>`. */
@Global()
@Module({
  imports: [
    NestConfigModule.forRoot({
      ignoreEnvFile: true,
      cache: true,
      validate: (raw) => parseEnv(raw as Record<string, string | undefined>) as unknown as Record<string, unknown>,
    }),
  ],
  exports: [NestConfigModule],
})
export class AppConfigModule {}

export { ConfigService };
