import { ConfigService } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Env } from './config/env.js';
import { MetricsService } from './metrics/metrics.service.js';

/**
 * What operators need in front of every route: request timing for /metrics, and CORS for the origins in
 * CORS_ORIGINS (none by default: browsers then keep other sites' pages from calling the API).
 */
export function applyOperationalMiddleware(app: NestExpressApplication): void {
  app.use(app.get(MetricsService).httpMiddleware());
  const origins = app.get<ConfigService<Env, true>>(ConfigService).get('CORS_ORIGINS', { infer: true });
  if (origins.length === 0) return;
  const any = origins.length === 1 && origins[0] === '*';
  app.enableCors({
    origin: any ? '*' : origins,
    // Cookies (console sessions) only go to listed origins, never with `*`.
    credentials: !any,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Last-Event-ID', 'X-Request-Id'],
    exposedHeaders: ['Retry-After', 'X-Request-Id', 'Idempotent-Replayed'],
    maxAge: 600,
  });
}
