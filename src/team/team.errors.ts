import { Conflict, fixedError, NotFound, Unprocessable } from '../common/errors/app-error.js';

export class MemberNotFound extends NotFound {
  constructor() {
    super('team member', 'member_not_found');
  }
}

/** A member id given in a body (`assigned_to`, `member_id`) that is not a member of the project. */
export class MemberNotInProject extends Unprocessable {
  constructor(field: string) {
    super(`${field} is not a member of this project`, 'member_not_in_project');
  }
}

export class MemberExists extends Conflict {
  constructor(email: string) {
    super(`a member with e-mail ${email} already exists`, 'member_exists');
  }
}

export class LastOwner extends Conflict {
  constructor(action: 'removed' | 'demoted') {
    super(
      action === 'removed'
        ? 'the last owner of a project cannot be removed'
        : 'the last owner of a project cannot lose the owner role',
      'last_owner',
    );
  }
}

/** An admin managing an admin or owner, or making one. */
export class RoleNotManageable extends fixedError(
  403,
  'only an owner may add, remove or change admins and owners',
  'role_not_manageable',
) {}

export class PasswordMismatch extends fixedError(403, 'the password you re-entered is wrong', 'password_mismatch') {}

export class CannotTransferToSelf extends fixedError(
  422,
  'member_id is you: name another member to make owner',
  'transfer_to_self',
) {}

export class NotOwner extends fixedError(403, 'only an owner may transfer ownership', 'not_owner') {}

/** A support or viewer member managing another member's Telegram link or notifications. */
export class NotYourMember extends fixedError(
  403,
  "only admins and owners may manage another member's Telegram link",
  'not_your_member',
) {}

export class TelegramNotLinked extends fixedError(
  409,
  'this member has no linked Telegram account: link it first',
  'telegram_not_linked',
) {}

/** No password given, and the owner has no linked Telegram account to send a code to. */
export class PasswordRequired extends fixedError(
  422,
  'password is required: the owner has no linked Telegram account to send a code to',
  'password_required',
) {}

export class OtpMismatch extends fixedError(403, 'the code is wrong', 'otp_mismatch') {}

/** No live code: never asked, expired (10 minutes), used, or voided by the 5th wrong try. */
export class OtpGone extends fixedError(
  410,
  'no valid code for this transfer (expired, used or voided after 5 wrong tries): ask for a new one',
  'otp_gone',
) {}

export class InviteAlreadyAccepted extends fixedError(
  409,
  'this member has set a password already: issue a password-reset link instead',
  'invite_already_accepted',
) {}
