import { Conflict, NotFound, Unprocessable } from '../common/errors/app-error.js';
import { CANNED_VARIABLES } from './canned-text.js';

export class CannedResponseNotFound extends NotFound {
  constructor() {
    super('canned response', 'canned_response_not_found');
  }
}

/** A canned response id given in a body (not the path) that is not one of the project's. */
export class CannedResponseNotInProject extends Unprocessable {
  constructor(field: string) {
    super(`${field} is not a canned response of this project`, 'canned_response_not_in_project');
  }
}

export class CannedShortcutTaken extends Conflict {
  constructor(shortcut: string) {
    super(`the shortcut ${shortcut} is already used by another canned response`, 'canned_shortcut_taken');
  }
}

export class UnknownCannedVariable extends Unprocessable {
  constructor(names: string[]) {
    const listed = names.map((name) => `{{${name}}}`).join(', ');
    super(
      `text uses unknown variable${names.length > 1 ? 's' : ''} ${listed}; known variables: ` +
        `${CANNED_VARIABLES.join(', ')}`,
      'canned_unknown_variable',
      {
        unknown_variables: names,
      },
    );
  }
}

export class CannedResponseLimitReached extends Unprocessable {
  constructor(max: number) {
    super(`a project can have at most ${max} canned responses`, 'canned_response_limit_reached');
  }
}
