import { HttpException, type Logger } from '@nestjs/common';
import { AppError, isRetryable, RateLimited, RetryLater } from './app-error.js';
import type { ErrorCode } from './error-codes.js';

export interface ErrorResponse {
  status: number;
  body: { error: string; retryable: boolean; code: ErrorCode; details?: unknown };
  headers: Record<string, string>;
}

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
}

/** body-parser / raw-body failure types (see their READMEs) → status, message and code. */
const BODY_PARSER_ERRORS: Record<string, { status: number; message: string; code: ErrorCode }> = {
  'entity.parse.failed': { status: 400, message: 'malformed JSON body', code: 'malformed_json' },
  'entity.too.large': { status: 413, message: 'request body is larger than 1 MiB', code: 'body_too_large' },
  'encoding.unsupported': {
    status: 415,
    message: 'unsupported content encoding',
    code: 'unsupported_content_encoding',
  },
  'charset.unsupported': { status: 415, message: 'unsupported charset: send UTF-8', code: 'unsupported_charset' },
  'request.aborted': { status: 400, message: 'request aborted', code: 'request_aborted' },
  'request.size.invalid': {
    status: 400,
    message: 'request size did not match content length',
    code: 'request_aborted',
  },
  'entity.verify.failed': { status: 400, message: 'request body rejected', code: 'bad_request' },
};

/** Nest's own HttpExceptions (routing, mostly) by status. */
const HTTP_EXCEPTION_CODES: Record<number, ErrorCode> = {
  404: 'route_not_found',
  405: 'method_not_allowed',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

function response(
  status: number,
  error: string,
  code: ErrorCode,
  headers: Record<string, string> = {},
  details?: unknown,
  extra?: Record<string, unknown>,
): ErrorResponse {
  return {
    status,
    body: { ...extra, error, retryable: isRetryable(status), code, ...(details === undefined ? {} : { details }) },
    headers,
  };
}

/** Maps anything thrown while handling a request to a status and the `{error, retryable, code}` body. */
export function toErrorResponse(exception: unknown): ErrorResponse {
  if (exception instanceof AppError) {
    if (exception instanceof RateLimited || exception instanceof RetryLater) {
      const headers = { 'Retry-After': String(exception.retryAfterSeconds) };
      // RetryLater says "the same request will work soon" whatever its status (an in-flight 409).
      const shaped = response(exception.status, exception.message, exception.code, headers, exception.details);
      return { ...shaped, body: { ...shaped.body, retryable: true } };
    }
    return response(exception.status, exception.message, exception.code, {}, exception.details, exception.extra);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    let message = exception.message;
    if (typeof body === 'object' && body !== null && 'message' in body) {
      const inner = (body as { message: unknown }).message;
      message = Array.isArray(inner) ? inner.join('; ') : String(inner);
    }
    if (status === 404 && /^Cannot /.test(message)) message = `route not found: ${message.slice(7)}`;
    const code = HTTP_EXCEPTION_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
    return response(status, status >= 500 ? 'internal server error' : message, code);
  }
  // A PostgreSQL "data exception" (class 22: out of range, invalid text…) is caused by a value the
  // validation let through; it is the client's value, not a server fault.
  const databaseCode = (exception as { driverError?: { code?: unknown } })?.driverError?.code;
  if (typeof databaseCode === 'string' && databaseCode.startsWith('22')) {
    return response(422, 'a value is out of range or not valid', 'value_out_of_range');
  }
  const parserError = exception as BodyParserError;
  if (parserError && typeof parserError === 'object' && typeof parserError.type === 'string') {
    const known = BODY_PARSER_ERRORS[parserError.type];
    if (known) return response(known.status, known.message, known.code);
    const status = parserError.status ?? parserError.statusCode ?? 400;
    if (status >= 400 && status < 500) return response(status, 'invalid request body', 'bad_request');
  }
  const thrown = (exception ?? {}) as { status?: unknown; errno?: unknown; message?: unknown };
  // Express's router refuses a path that is not valid percent-encoding ("Failed to decode param").
  if (exception instanceof URIError || (thrown.status === 400 && /decode param/i.test(String(thrown.message)))) {
    return response(400, 'the path is not valid percent-encoding', 'malformed_path');
  }
  // A zlib/brotli failure while body-parser inflates a gzip, deflate or br body: the body is corrupt.
  if (thrown.status === 400 && typeof thrown.errno === 'number') {
    return response(400, 'the body is not valid for its Content-Encoding', 'malformed_content_encoding');
  }
  if (typeof thrown.status === 'number' && thrown.status >= 400 && thrown.status < 500) {
    return response(thrown.status, 'the request was refused', 'bad_request');
  }
  return response(500, 'internal server error', 'internal_error');
}

/** Logs an unexpected failure (a 5xx), never echoed to the client. */
export function reportServerError(logger: Logger, exception: unknown, method: string, path: string): void {
  const error = exception instanceof Error ? exception : new Error(String(exception));
  logger.error({ msg: 'request failed', method, path, error: error.message, stack: error.stack });
}
