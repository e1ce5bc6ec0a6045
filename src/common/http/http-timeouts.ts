import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Env } from '../../config/env.js';

export type HttpTimeouts = Pick<
  Env,
  'HTTP_HEADERS_TIMEOUT_MS' | 'HTTP_JSON_BODY_TIMEOUT_MS' | 'HTTP_UPLOAD_TIMEOUT_MS' | 'HTTP_KEEP_ALIVE_TIMEOUT_MS'
>;

/**
 * Node's own limits on the server, set explicitly instead of its defaults (60 s for headers, 300 s for a
 * request): a client that never finishes its headers is answered 408 and cut after
 * HTTP_HEADERS_TIMEOUT_MS; no request may take longer than HTTP_UPLOAD_TIMEOUT_MS to arrive (the bound
 * a multipart upload of 10 × 20 MiB needs); JSON bodies get the shorter `jsonBodyDeadline` below. Set
 * before `listen`, which is when Node reads the checking interval.
 */
export function applyHttpTimeouts(server: Server, timeouts: HttpTimeouts): void {
  server.headersTimeout = timeouts.HTTP_HEADERS_TIMEOUT_MS;
  server.requestTimeout = timeouts.HTTP_UPLOAD_TIMEOUT_MS;
  server.keepAliveTimeout = timeouts.HTTP_KEEP_ALIVE_TIMEOUT_MS;
  // No idle-socket timeout: the event stream (/v1/events) is quiet for 25 s between its comments.
  server.timeout = 0;
  // Node checks the two timeouts above every 30 s by default, so a 15 s limit could hold for 45 s.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(
    1000,
    Math.max(50, Math.floor(timeouts.HTTP_HEADERS_TIMEOUT_MS / 4)),
  );
}

/** A multipart body (an upload) is bounded by the request timeout only; every other body is "JSON". */
function isUpload(req: IncomingMessage): boolean {
  return /^multipart\//i.test(req.headers['content-type'] ?? '');
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

const TIMEOUT_BODY = JSON.stringify({
  error: 'the request body did not arrive in time',
  retryable: true,
  code: 'request_timeout',
});

/**
 * Gives a non-multipart body `timeoutMs` from now to arrive in full. When it does not, the client gets a
 * 408 in the error shape and the connection is closed (the rest of the body is never read). Shared by the
 * Express stack and the JSON lane; `beforeAnswer` lets the lane log and time the 408 as Express would.
 */
export function startBodyDeadline(
  req: IncomingMessage,
  res: ServerResponse,
  timeoutMs: number,
  beforeAnswer: () => void = () => undefined,
): void {
  if (req.complete || !hasBody(req) || isUpload(req)) return;
  const timer = setTimeout(() => {
    if (req.complete) return;
    if (!res.headersSent) {
      beforeAnswer();
      res.writeHead(408, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(TIMEOUT_BODY),
        Connection: 'close',
      });
      res.end(TIMEOUT_BODY);
    }
    // The connection carries the rest of a body nobody will read: close it once the answer is out.
    res.once('finish', () => req.socket.destroySoon());
    if (res.writableFinished) req.socket.destroySoon();
  }, timeoutMs);
  timer.unref();
  const clear = () => clearTimeout(timer);
  req.once('end', clear);
  req.once('close', clear);
  res.once('close', clear);
}

/** Express middleware form of `startBodyDeadline`, before the body parser. */
export function jsonBodyDeadline(timeoutMs: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    startBodyDeadline(req, res, timeoutMs);
    next();
  };
}
