import { HttpException } from '@nestjs/common';
import { AppError, isRetryable, RateLimited, RetryLater } from './app-error.js';

export interface ErrorResponse {
  status: number;
  body: { error: string; retryable: boolean; details?: unknown };
  headers: Record<string, string>;
}

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
}

const BODY_PARSER_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'malformed JSON body',
  'entity.too.large': 'request body is larger than 1 MiB',
  'encoding.unsupported': 'unsupported content encoding',
  'charset.unsupported': 'unsupported charset',
  'request.aborted': 'request aborted',
  'entity.verify.failed': 'request body rejected',
};

/** Maps anything thrown while handling a request to a status and the `{error, retryable}` body. */
export function toErrorResponse(exception: unknown): ErrorResponse {
  const headers: Record<string, string> = {};
  if (exception instanceof AppError) {
    if (exception instanceof RateLimited || exception instanceof RetryLater) headers['Retry-After'] = String(exception.retryAfterSeconds);
    return {
      status: exception.status,
      body: {
        error: exception.message,
        retryable: exception instanceof RetryLater || isRetryable(exception.status),
        ...(exception.details === undefined ? {} : { details: exception.details }),
      },
      headers,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    let message = exception.message;
    if (typeof response === 'object' && response !== null && 'message' in response) {
      const inner = (response as { message: unknown }).message;
      message = Array.isArray(inner) ? inner.join('; ') : String(inner);
    }
    if (status === 404 && /^Cannot /.test(message)) message = `route not found: ${message.slice(7)}`;
    return { status, body: { error: message, retryable: isRetryable(status) }, headers };
  }
  // A PostgreSQL "data exception" (class 22: out of range, invalid text…) is caused by a value the
  // validation let through; it is the client's value, not a server fault.
  const databaseCode = (exception as { driverError?: { code?: unknown } })?.driverError?.code;
  if (typeof databaseCode === 'string' && databaseCode.startsWith('22')) {
    return { status: 422, body: { error: 'a value is out of range or not valid', retryable: false }, headers };
  }
  const parserError = exception as BodyParserError;
  if (parserError && typeof parserError === 'object' && typeof parserError.type === 'string') {
    const status = parserError.status ?? parserError.statusCode ?? 400;
    const message = BODY_PARSER_MESSAGES[parserError.type] ?? 'invalid request body';
    return { status, body: { error: message, retryable: isRetryable(status) }, headers };
  }
  return { status: 500, body: { error: 'internal server error', retryable: true }, headers };
}
