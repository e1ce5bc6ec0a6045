import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { type RequestContext, requestContext } from './request-context.js';

const logger = new Logger('Http');
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives each request an id (the caller's X-Request-Id when sane), echoes it, and logs one line when the
 * response is finished. Headers are never logged: they carry the API key.
 */
export function requestLogging(req: Request, res: Response, next: NextFunction): void {
  requestContext.run(
    startRequestLog(req, res, () => req.path),
    next,
  );
}

/** The id and the log line of one request, for Express and for the JSON lane alike. */
export function startRequestLog(
  req: IncomingMessage,
  res: ServerResponse,
  path: string | (() => string),
): RequestContext {
  const incoming = req.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  const startedAt = process.hrtime.bigint();
  const context: RequestContext = { requestId };
  res.on('finish', () => {
    const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
    requestContext.run(context, () =>
      logger.log({
        msg: 'request',
        method: req.method,
        path: typeof path === 'string' ? path : path(),
        status: res.statusCode,
        duration_ms: Math.round(durationMs * 10) / 10,
        project_id: context.projectId,
      }),
    );
  });
  return context;
}
