import { NotFound, Unprocessable } from '../common/errors/app-error.js';

export class ProjectNotFound extends NotFound {
  constructor() {
    super('project', 'project_not_found');
  }
}

export class InvalidProjectName extends Unprocessable {
  constructor() {
    super('name must be 1 to 200 characters', 'invalid_project_name');
  }
}

export class InvalidProjectSlug extends Unprocessable {
  constructor(
    message = 'slug must be 1 to 40 lower-case letters, digits or dashes, not starting or ending with a dash',
  ) {
    super(message, 'invalid_project_slug');
  }
}

export class ProjectSlugTaken extends Unprocessable {
  constructor(slug: string) {
    super(`slug ${slug} is taken`, 'project_slug_taken');
  }
}
