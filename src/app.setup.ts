import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import { describeMultipartReply } from './attachments/attachments.openapi.js';
import { SESSION_COOKIE } from './common/auth/session-cookie.js';
import { consoleHandlers } from './console/console-static.js';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter.js';
import { applyOperationalMiddleware } from './common/http/operations-setup.js';
import { toErrorResponse } from './common/errors/error-response.js';
import { requestLogging } from './common/logging/request-logging.middleware.js';
import { rejectNulCharacters } from './common/validation/nul-character-guard.js';
import { createValidationPipe } from './common/validation/validation.js';

export const BODY_LIMIT = '1mb';
export const SESSION_SECURITY_SCHEME = 'session';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Zapnoty Helpdesk API')
    .setDescription(
      'Support tickets from Telegram and Max chats. Every /v1 request needs `Authorization: Bearer zn_live_...` (the project key, owner level) or the session cookie of a signed-in member (`zapnoty_session`, from POST /v1/auth/login; role-limited, changes need a same-origin Origin). ' +
        'Errors are `{ "error": string, "retryable": boolean }`.',
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'zn_live_<32 letters and digits>' })
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        description:
          'A member session from POST /v1/auth/login. Allowed actions depend on the role; a request that changes something must send an Origin of this server (CSRF).',
      },
      SESSION_SECURITY_SCHEME,
    )
    .build();
  const document = describeMultipartReply(
    SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` }),
  );
  // Every operation the key opens, a session opens too (within the role's permissions): one place says so.
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as Array<{ security?: Array<Record<string, string[]>> }>) {
      if (!operation?.security?.some((requirement) => 'bearer' in requirement)) continue;
      if (!operation.security.some((requirement) => SESSION_SECURITY_SCHEME in requirement)) operation.security.push({ [SESSION_SECURITY_SCHEME]: [] });
    }
  }
  return document;
}

/**
 * Everything main.ts and the tests both need: the same body limits, error shape, validation and docs,
 * so the app under test is the app that ships.
 */
export function configureApp(app: NestExpressApplication): void {
  app.disable('x-powered-by');
  applyOperationalMiddleware(app);
  app.use(requestLogging);
  app.use(express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] }));
  app.use(rejectNulCharacters);
  // Body-parser failures (bad JSON, too large) happen before Nest routing, so they are shaped here.
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const mapped = toErrorResponse(error);
    res.status(mapped.status).set(mapped.headers).json(mapped.body);
  });
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useGlobalPipes(createValidationPipe());
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
  // The agent console (web/), after the routes above in spirit: it only answers GETs of non-API paths.
  for (const handler of consoleHandlers()) app.use(handler);
}
