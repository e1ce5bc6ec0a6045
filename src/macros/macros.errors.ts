import { NotFound, Unprocessable } from '../common/errors/app-error.js';

export class MacroNotFound extends NotFound {
  constructor() {
    super('macro', 'macro_not_found');
  }
}

export class MacroAssignMeNeedsMember extends Unprocessable {
  constructor() {
    super('actions.assign "me" needs a signed-in member: an API key is nobody', 'macro_assign_me_needs_member');
  }
}

export class MacroLimitReached extends Unprocessable {
  constructor(max: number) {
    super(`a project can have at most ${max} macros`, 'macro_limit_reached');
  }
}
