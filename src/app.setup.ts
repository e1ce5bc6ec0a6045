import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import type { Env } from './config/env.js';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import { consoleHandlers } from './console/console-static.js';
import { applyHttpTimeouts, jsonBodyDeadline } from './common/http/http-timeouts.js';
import { JsonLane } from './common/http/json-lane.js';
import { securityHeaders } from './common/http/security-headers.js';
import { MetricsService } from './metrics/metrics.service.js';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter.js';
import { applyOperationalMiddleware } from './operations-setup.js';
import { toErrorResponse } from './common/errors/error-response.js';
import { RequestBodyTypeInterceptor } from './common/http/request-body-type.js';
import { requestLogging } from './common/logging/request-logging.middleware.js';
import { rejectNulCharacters } from './common/validation/nul-character-guard.js';
import { createValidationPipe } from './common/validation/validation.js';
import { buildOpenApiDocument } from './openapi-document.js';

/** 1 MiB, as body-parser reads '1mb'. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Everything main.ts and the tests both need: the same body limits, error shape, validation and docs,
 * so the app under test is the app that ships.
 */
export function configureApp(app: NestExpressApplication): void {
  const env = app.get<ConfigService<Env, true>>(ConfigService);
  applyHttpTimeouts(app.getHttpServer(), {
    HTTP_HEADERS_TIMEOUT_MS: env.get('HTTP_HEADERS_TIMEOUT_MS', { infer: true }),
    HTTP_JSON_BODY_TIMEOUT_MS: env.get('HTTP_JSON_BODY_TIMEOUT_MS', { infer: true }),
    HTTP_UPLOAD_TIMEOUT_MS: env.get('HTTP_UPLOAD_TIMEOUT_MS', { infer: true }),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: env.get('HTTP_KEEP_ALIVE_TIMEOUT_MS', { infer: true }),
  });
  const bodyTimeoutMs = env.get('HTTP_JSON_BODY_TIMEOUT_MS', { infer: true });
  const headers = securityHeaders(env.get('PUBLIC_URL', { infer: true }));
  app.disable('x-powered-by');
  app.use(headers);
  // The client address (request.ip) sign-in attempts are counted under: behind a proxy, set TRUST_PROXY.
  app.set('trust proxy', env.get('TRUST_PROXY', { infer: true }));
  applyOperationalMiddleware(app);
  app.use(requestLogging);
  app.use(jsonBodyDeadline(bodyTimeoutMs));
  app.use(express.json({ limit: BODY_LIMIT_BYTES, type: 'application/json' }));
  app.use(rejectNulCharacters);
  // Body-parser failures (bad JSON, too large) happen before Nest routing, so they are shaped here.
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const mapped = toErrorResponse(error);
    res.status(mapped.status).set(mapped.headers).json(mapped.body);
  });
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useGlobalInterceptors(new RequestBodyTypeInterceptor(app.get(Reflector)));
  app.useGlobalPipes(createValidationPipe());
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
    // No badge image from validator.swagger.io: the page's CSP allows images of this origin only.
    swaggerOptions: { validatorUrl: null },
  });
  // The agent console (web/), after the routes above in spirit: it only answers GETs of non-API paths.
  for (const handler of consoleHandlers()) app.use(handler);
  const metrics = app.get(MetricsService);
  app
    .get(JsonLane, { strict: false })
    .install(app.getHttpServer(), { bodyLimitBytes: BODY_LIMIT_BYTES, bodyTimeoutMs, headers }, (method, route) =>
      metrics.startRequestTimer(method, route),
    );
}
