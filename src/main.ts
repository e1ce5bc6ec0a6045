import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { configureApp } from './app.setup.js';
import { parseEnv, InvalidEnvironment, Env } from './config/env.js';
import { JsonLogger } from './common/logging/json-logger.js';
import { ShutdownState } from './health/shutdown-state.js';

async function bootstrap(): Promise<void> {
  let env: Env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof InvalidEnvironment) {
      process.stderr.write(`Invalid configuration: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bodyParser: false,
    logger: new JsonLogger(env.LOG_LEVEL),
  });
  configureApp(app);
  const config = app.get<ConfigService<Env, true>>(ConfigService);
  await app.listen(config.get('PORT', { infer: true }), config.get('HOST', { infer: true }));
  const logger = new JsonLogger(env.LOG_LEVEL);
  logger.log({ msg: 'listening', url: await app.getUrl() }, 'Bootstrap');

  // Graceful shutdown: stop taking requests, let workers finish their current item, close the pool.
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log({ msg: 'shutting down', signal }, 'Bootstrap');
    // Readiness turns 503 at once; SHUTDOWN_DELAY_MS gives load balancers time to notice before closing.
    app.get(ShutdownState).begin();
    const delayMs = config.get('SHUTDOWN_DELAY_MS', { infer: true });
    const force = setTimeout(() => process.exit(1), 15_000 + delayMs);
    force.unref();
    new Promise((resolve) => setTimeout(resolve, delayMs))
      .then(() => app.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ msg: 'shutdown failed', error: String(error) }, 'Bootstrap');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
