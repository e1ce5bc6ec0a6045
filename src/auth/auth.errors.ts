import { AppError, RateLimited } from '../common/errors/app-error.js';

/** The same words for an unknown e-mail and a wrong password: a caller cannot tell which e-mails exist. */
export class InvalidCredentials extends AppError {
  constructor() {
    super(401, 'wrong e-mail or password', 'invalid_credentials');
  }
}

export class LoginThrottled extends RateLimited {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds, 'too many failed sign-ins for this e-mail; try again later', 'login_throttled');
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
    super(403, 'a signed-in change must come from this server (Origin header missing or foreign)', 'cross_origin_request');
  }
}

export class ApiKeyRequired extends AppError {
  constructor() {
    super(403, 'this endpoint needs the project API key (Authorization: Bearer zn_live_...), not a session', 'api_key_required');
  }
}

export class SessionRequired extends AppError {
  constructor() {
    super(403, 'this action needs a signed-in member, not the API key', 'session_required');
  }
}

export class ProjectRequired extends AppError {
  constructor() {
    super(422, 'this e-mail signs in to several projects: add "project" with the project slug', 'project_required');
  }
}

export class InviteNotFound extends AppError {
  constructor() {
    super(404, 'invite not found', 'invite_not_found');
  }
}

export class InviteUsed extends AppError {
  constructor() {
    super(410, 'this invite has already been used; sign in, or ask for a new invite', 'invite_used');
  }
}

export class InviteExpired extends AppError {
  constructor() {
    super(410, 'this invite has expired (invites are valid 7 days); ask for a new one', 'invite_expired');
  }
}
