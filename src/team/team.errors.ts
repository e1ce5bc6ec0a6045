import { Conflict, NotFound, Unprocessable } from '../common/errors/app-error.js';

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
  constructor() {
    super('the last owner of a project cannot be removed', 'last_owner');
  }
}
