import { AppError, RateLimited, Unauthorized } from '../errors/app-error.js';

export class ApiKeyMissing extends Unauthorized {
  constructor() {
    super('missing API key: send Authorization: Bearer zn_live_...', 'api_key_missing');
  }
}

export class ApiKeyMalformed extends Unauthorized {
  constructor() {
    super('malformed API key', 'api_key_malformed');
  }
}

export class ApiKeyInvalid extends Unauthorized {
  constructor() {
    super('invalid API key', 'api_key_invalid');
  }
}

export class SessionInvalid extends AppError {
  constructor() {
    super(401, 'session expired or signed out: sign in again', 'session_invalid');
  }
}

export class PermissionDenied extends AppError {
  constructor(role: string) {
    super(403, `the ${role} role may not do this`, 'permission_denied');
  }
}

/** A route that declares no permission is refused for everyone (fails closed). */
export class PermissionNotDeclared extends AppError {
  constructor() {
    super(403, 'this route declares no permission and is closed', 'permission_not_declared');
  }
}

export class CrossOriginRequest extends AppError {
  constructor() {
    super(
      403,
      'a signed-in change must come from this server (Origin header missing or foreign)',
      'cross_origin_request',
    );
  }
}

export class ApiKeyRequired extends AppError {
  constructor() {
    super(
      403,
      'this endpoint needs the project API key (Authorization: Bearer zn_live_...), not a session',
      'api_key_required',
    );
  }
}

export class SessionRequired extends AppError {
  constructor() {
    super(403, 'this action needs a signed-in member, not the API key', 'session_required');
  }
}

/** Too many wrong passwords from one client address (or for one member's re-entered password). */
export class PasswordAttemptsThrottled extends RateLimited {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds, 'too many failed password attempts; try again later', 'login_throttled');
  }
}

/**
 * The password-hashing queue is full (a flood of sign-ins): retry in a second. A 429, not a 503: shedding
 * a flood is the server working as designed, counted in a metric, not an error logged once per request.
 */
export class PasswordCheckBusy extends RateLimited {
  constructor() {
    super(1, 'too many passwords are being checked right now; retry in a second', 'password_check_busy');
  }
}
