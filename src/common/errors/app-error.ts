/**
 * The one error type services throw. The global filter turns it into `{ error, retryable }` with `status`.
 * Modules subclass it (`TicketNotFound`) so the failure has a name in code and a code in logs.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string = 'app_error',
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequest extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, message, 'bad_request', details);
  }
}

export class Forbidden extends AppError {
  constructor(message: string) {
    super(403, message, 'forbidden');
  }
}

export class NotFound extends AppError {
  constructor(what: string) {
    super(404, `${what} not found`, 'not_found');
  }
}

export class Conflict extends AppError {
  constructor(message: string, code = 'conflict') {
    super(409, message, code);
  }
}

export class Unprocessable extends AppError {
  constructor(message: string, details?: unknown) {
    super(422, message, 'unprocessable', details);
  }
}

export class Unauthorized extends AppError {
  constructor(message = 'invalid or missing API key') {
    super(401, message, 'unauthorized');
  }
}

export class RateLimited extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'rate limit exceeded',
    code = 'rate_limited',
  ) {
    super(429, message, code);
  }
}

/** A conflict that resolves by itself (another request is finishing): retryable, answered with Retry-After. */
export class RetryLater extends AppError {
  constructor(
    status: number,
    message: string,
    code: string,
    readonly retryAfterSeconds: number,
  ) {
    super(status, message, code);
  }
}

/** 429 and 5xx are temporary; everything else needs a changed request. */
export function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}
