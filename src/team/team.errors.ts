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

export class InviteAlreadyAccepted extends fixedError(
  409,
  'this member has set a password already: issue a password-reset link instead',
  'invite_already_accepted',
) {}
