import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { configureApp } from './app.setup.js';
import { parseEnv, InvalidEnvironment, Env } from './config/env.js';
import { JsonLogger } from './common/logging/json-logger.js';
import { ShutdownState } from './health/shutdown-state.js';
import { DemoProjectSeeder } from './projects/demo-project.js';

/**
 * The address the server actually bound (`url`), and where a browser on this machine reaches it (`open`)
 * when that is a wildcard address (0.0.0.0, ::), which cannot be opened as it is.
 */
function boundUrls(address: AddressInfo | string | null): { url: string; open?: string } {
  if (!address || typeof address === 'string') return { url: String(address) };
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  return wildcard ? { url, open: `http://localhost:${address.port}` } : { url };
}

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
  const bound = boundUrls(app.getHttpServer().address());
  logger.log({ msg: 'listening', url: bound.url, ...(bound.open ? { open: bound.open } : {}) }, 'Bootstrap');
  // The demo key and invite link come last, where a person starting the server for the first time looks.
  app.get(DemoProjectSeeder).printBanner(bound.open ?? bound.url);

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
