import type { ErrorCode } from './error-codes.js';

export type { ErrorCode } from './error-codes.js';

/**
 * The one error type services throw. The global filter turns it into `{ error, retryable, code }` with
 * `status`. Each feature keeps its subclasses (`TicketNotFound`) in its `<feature>.errors.ts`; `code` is
 * one of ERROR_CODES, so clients can branch on it.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: ErrorCode,
    readonly details?: unknown,
    /** Fields added to the error body beside `details` (ErrorBody documents each). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequest extends AppError {
  constructor(message: string, code: ErrorCode, details?: unknown) {
    super(400, message, code, details);
  }
}

export class Forbidden extends AppError {
  constructor(message: string, code: ErrorCode) {
    super(403, message, code);
  }
}

export class NotFound extends AppError {
  constructor(what: string, code: ErrorCode) {
    super(404, `${what} not found`, code);
  }
}

export class Conflict extends AppError {
  constructor(message: string, code: ErrorCode, extra?: Record<string, unknown>) {
    super(409, message, code, undefined, extra);
  }
}

export class Unprocessable extends AppError {
  constructor(message: string, code: ErrorCode, details?: unknown) {
    super(422, message, code, details);
  }
}

export class UnsupportedMediaType extends AppError {
  constructor(message: string, code: ErrorCode = 'unsupported_media_type') {
    super(415, message, code);
  }
}

export class Unauthorized extends AppError {
  constructor(message: string, code: ErrorCode) {
    super(401, message, code);
  }
}

export class RateLimited extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'rate limit exceeded',
    code: ErrorCode = 'rate_limited',
  ) {
    super(429, message, code);
  }
}

/** A conflict that resolves by itself (another request is finishing): retryable, answered with Retry-After. */
export class RetryLater extends AppError {
  constructor(
    status: number,
    message: string,
    code: ErrorCode,
    readonly retryAfterSeconds: number,
  ) {
    super(status, message, code);
  }
}

/** 429 and 5xx are temporary; everything else needs a changed request. */
export function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * An error class whose status, message and code never vary, for `<feature>.errors.ts`:
 * `export class InviteUsed extends fixedError(410, 'this invite has already been used', 'invite_used') {}`.
 * The subclass keeps its own name (`error.name`, `instanceof`).
 */
export function fixedError(status: number, message: string, code: ErrorCode) {
  return class extends AppError {
    constructor() {
      super(status, message, code);
    }
  };
}
