import type { IncomingHttpHeaders, IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { Injectable, Logger } from '@nestjs/common';
import { reportServerError, toErrorResponse } from '../errors/error-response.js';
import { startRequestLog } from '../logging/request-logging.middleware.js';
import { requestContext } from '../logging/request-context.js';
import { bodyProblem } from '../validation/nul-character-guard.js';
import { startBodyDeadline } from './http-timeouts.js';

/** A POST route served beside Express: the messenger webhooks, which bots call hundreds of times a second. */
export interface JsonLaneRoute {
  /** The exact path (a request with a query string goes to Express). */
  path: string;
  /**
   * Serves a parsed JSON body, or returns undefined, having done nothing, when the request is not the
   * route's plain case (bot off, wrong secret, not an update): Express then serves it with the usual
   * errors. The resolved value is the 200 response body.
   */
  serve(body: unknown, headers: IncomingHttpHeaders): Promise<object> | undefined;
}

/** Starts timing a request; the returned function records it with the response status. */
export type RequestTimer = (method: string, route: string) => (status: number) => void;

/** What the lane applies as Express would: the response headers of every answer, the body's deadline. */
export interface JsonLaneOptions {
  bodyLimitBytes: number;
  bodyTimeoutMs: number;
  /** Sets the security and cache headers (security-headers.ts); calls `next` synchronously. */
  headers: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}

/** `application/json`, with no parameter or a UTF-8 charset: what body-parser would read without questions. */
const PLAIN_JSON = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * Express and Nest cost a messenger update about as much CPU as storing it does (measured: 333 updates/s
 * through the Nest route, 582/s beside it, in alternating runs). The lane serves the plain case of a few
 * POST routes straight from the HTTP server: a JSON body (UTF-8, not compressed, with a Content-Length
 * within the limit), parsed as body-parser would, checked by the same NUL guard, with the same request id,
 * log line, timing metric and error shape. Everything else — another method or path, a query string, an
 * unusual body, an Origin (CORS), a request the route declines — goes to Express as before, with the body
 * already parsed where it was read, so its routes answer exactly as they always did.
 */
@Injectable()
export class JsonLane {
  private readonly logger = new Logger('Errors');
  private readonly routes = new Map<string, JsonLaneRoute>();

  register(route: JsonLaneRoute): void {
    this.routes.set(route.path, route);
  }

  /** Puts the lane in front of the server's request listener (Express), which serves everything else. */
  install(server: Server, options: JsonLaneOptions, timeRequest: RequestTimer): void {
    const [express] = server.listeners('request') as RequestListener[];
    if (!express) throw new Error('the HTTP server has no request listener to put the lane in front of');
    server.removeListener('request', express);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const route = req.method === 'POST' ? this.routes.get(req.url ?? '') : undefined;
      if (!route || !isPlainBody(req.headers, options.bodyLimitBytes)) return express(req, res);
      const stop = timeRequest('POST', route.path);
      options.headers(req, res, () => undefined);
      startBodyDeadline(req, res, options.bodyTimeoutMs, () => {
        res.once('finish', () => stop(res.statusCode));
        startRequestLog(req, res, route.path);
      });
      readBody(req, (text) => this.serve(route, req, res, text, express, stop));
    });
  }

  private serve(
    route: JsonLaneRoute,
    req: IncomingMessage,
    res: ServerResponse,
    text: string,
    express: RequestListener,
    stopTimer: (status: number) => void,
  ): void {
    const body = parseStrictJson(text);
    let served: Promise<object> | undefined;
    if (body !== undefined && !bodyProblem(body)) {
      try {
        served = route.serve(body, req.headers);
      } catch (error) {
        served = Promise.reject(error);
      }
    }
    if (body !== undefined && !served) {
      // Express reads no body twice: body-parser sees the request finished and keeps this one.
      (req as IncomingMessage & { body?: unknown }).body = body;
      return express(req, res);
    }
    res.once('finish', () => stopTimer(res.statusCode));
    const context = startRequestLog(req, res, route.path);
    requestContext.run(context, () => {
      // Not JSON (or not an object or array at the top, which body-parser's strict mode refuses too).
      if (!served) return send(res, toErrorResponse({ type: 'entity.parse.failed' }));
      served.then(
        (result) => send(res, { status: 200, body: result, headers: {} }),
        (error: unknown) => {
          const mapped = toErrorResponse(error);
          if (mapped.status >= 500) reportServerError(this.logger, error, 'POST', route.path);
          send(res, mapped);
        },
      );
    });
  }
}

function isPlainBody(headers: IncomingHttpHeaders, limit: number): boolean {
  const length = Number(headers['content-length']);
  const encoding = headers['content-encoding'];
  return (
    headers['transfer-encoding'] === undefined &&
    Number.isInteger(length) &&
    length > 0 &&
    length <= limit &&
    (encoding === undefined || encoding.toLowerCase() === 'identity') &&
    PLAIN_JSON.test(headers['content-type'] ?? '') &&
    headers.origin === undefined
  );
}

/** Node's parser stops at Content-Length; an aborted request never ends, and is left unanswered. */
function readBody(req: IncomingMessage, then: (text: string) => void): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => then(Buffer.concat(chunks).toString('utf8')));
}

/** body-parser's strict JSON: an object or array at the top, a UTF-8 byte order mark ignored. */
function parseStrictJson(text: string): unknown {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, response: { status: number; body: object; headers: Record<string, string> }): void {
  if (res.headersSent) return;
  const json = JSON.stringify(response.body);
  res.writeHead(response.status, {
    ...response.headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  res.end(json);
}
