import { NotFound, Unprocessable } from '../common/errors/app-error.js';

export class SavedViewNotFound extends NotFound {
  constructor() {
    super('saved view', 'saved_view_not_found');
  }
}

export class TooManySavedViews extends Unprocessable {
  constructor(limit: number) {
    super(`a member keeps at most ${limit} saved views: delete one first`, 'too_many_saved_views');
  }
}
