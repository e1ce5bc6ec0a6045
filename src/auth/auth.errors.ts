import { fixedError } from '../common/errors/app-error.js';

/** The same words for an unknown e-mail and a wrong password: a caller cannot tell which e-mails exist. */
export class InvalidCredentials extends fixedError(401, 'wrong e-mail or password', 'invalid_credentials') {}

export class ProjectRequired extends fixedError(
  422,
  'this e-mail signs in to several projects: add "project" with the project slug',
  'project_required',
) {}

export class InviteNotFound extends fixedError(404, 'invite not found', 'invite_not_found') {}

export class InviteUsed extends fixedError(
  410,
  'this invite has already been used; sign in, or ask for a new invite',
  'invite_used',
) {}

export class InviteExpired extends fixedError(
  410,
  'this invite has expired (invites are valid 7 days); ask for a new one',
  'invite_expired',
) {}
