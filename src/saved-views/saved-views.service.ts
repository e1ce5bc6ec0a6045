import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor.js';
import { SessionRequired } from '../common/auth/auth.errors.js';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { BadRequest, Unprocessable } from '../common/errors/app-error.js';
import { isUuid } from '../common/ids.js';
import type { CreateSavedViewDto, SavedViewResponse } from './dto/saved-view.dto.js';
import type { SavedView } from './saved-view.entity.js';
import { SavedViewStore } from './saved-view.store.js';
import { SavedViewNotFound, TooManySavedViews } from './saved-views.errors.js';

export const MAX_SAVED_VIEWS = 50;
const MAX_FILTERS = 20;
const FILTER_NAME = /^[a-z][a-z0-9_]{0,63}$/;
const FILTER_VALUE_MAX_LENGTH = 500;

/** A member's saved ticket lists (`/v1/team/me/views`): their own, so a session is needed. */
@Injectable()
export class SavedViewsService {
  constructor(private readonly views: SavedViewStore) {}

  async list(project: AuthenticatedProject, actor: Actor): Promise<SavedViewResponse[]> {
    const memberId = sessionMemberOf(actor);
    return (await this.views.listOf(project.id, memberId)).map(toSavedViewResponse);
  }

  async create(project: AuthenticatedProject, actor: Actor, input: CreateSavedViewDto): Promise<SavedViewResponse> {
    const memberId = sessionMemberOf(actor);
    const filters = checkedFilters(input.filters);
    const view = await this.views.insertWithin(
      { projectId: project.id, memberId, name: input.name, filters },
      MAX_SAVED_VIEWS,
    );
    if (!view) throw new TooManySavedViews(MAX_SAVED_VIEWS);
    return toSavedViewResponse(view);
  }

  async delete(project: AuthenticatedProject, actor: Actor, viewId: string): Promise<void> {
    const memberId = sessionMemberOf(actor);
    if (!isUuid(viewId) || !(await this.views.delete(project.id, memberId, viewId))) throw new SavedViewNotFound();
  }
}

function sessionMemberOf(actor: Actor): string {
  if (actor.kind !== 'member') throw new SessionRequired();
  return actor.member.id;
}

/** A value of the wrong type is malformed (400); a name or size the list could never take is invalid (422). */
function checkedFilters(filters: Record<string, unknown>): Record<string, string> {
  const entries = Object.entries(filters);
  if (entries.length > MAX_FILTERS) {
    throw new Unprocessable(`filters takes at most ${MAX_FILTERS} parameters`, 'validation_failed', [
      { field: 'filters', reason: `at most ${MAX_FILTERS} parameters`, code: 'too_many' },
    ]);
  }
  for (const [name, value] of entries) {
    if (typeof value !== 'string') {
      throw new BadRequest(`filters.${name} must be a string`, 'validation_failed', [
        { field: `filters.${name}`, reason: 'must be a string', code: 'wrong_type' },
      ]);
    }
    if (!FILTER_NAME.test(name)) {
      throw new Unprocessable(`filters.${name} is not a list parameter name`, 'validation_failed', [
        { field: `filters.${name}`, reason: 'not a list parameter name', code: 'invalid_format' },
      ]);
    }
    if (value.length > FILTER_VALUE_MAX_LENGTH) {
      throw new Unprocessable(
        `filters.${name} is longer than ${FILTER_VALUE_MAX_LENGTH} characters`,
        'validation_failed',
        [{ field: `filters.${name}`, reason: `longer than ${FILTER_VALUE_MAX_LENGTH} characters`, code: 'too_long' }],
      );
    }
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

function toSavedViewResponse(view: SavedView): SavedViewResponse {
  return { id: view.id, name: view.name, filters: view.filters, created_at: view.createdAt.toISOString() };
}
