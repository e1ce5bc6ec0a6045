import { Injectable } from '@nestjs/common';
import { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import type { Sql } from '../common/database/sql.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { isUuid } from '../common/ids.js';
import { CannedResponse } from './canned-response.entity.js';
import { CannedResponseStore } from './canned-response.store.js';
import {
  CannedResponseLimitReached,
  CannedResponseNotFound,
  CannedResponseNotInProject,
  CannedShortcutTaken,
  UnknownCannedVariable,
} from './canned-responses.errors.js';
import { type CannedValues, findUnknownVariables, renderCannedText } from './canned-text.js';

/** The list has no paging: it is loaded whole into an agent's reply box. */
export const MAX_CANNED_RESPONSES_PER_PROJECT = 500;
const SHORTCUT_INDEX = 'canned_response_shortcut_uq';

export interface NewCannedResponse {
  title: string;
  text: string;
  shortcut?: string | null;
}

export type CannedResponseChanges = Partial<NewCannedResponse>;

function normalizeShortcut(shortcut: string | null | undefined): string | null {
  return shortcut === null || shortcut === undefined ? null : shortcut.trim().toLowerCase();
}

function requireKnownVariables(text: string): void {
  const unknown = findUnknownVariables(text);
  if (unknown.length > 0) throw new UnknownCannedVariable(unknown);
}

@Injectable()
export class CannedResponsesService {
  constructor(private readonly cannedResponses: CannedResponseStore) {}

  list(project: AuthenticatedProject): Promise<CannedResponse[]> {
    return this.cannedResponses.list(project.id);
  }

  /**
   * A canned response of this project; a foreign, unknown or malformed id is a 404. Read through `sql`
   * when given (the caller's transaction).
   */
  async get(project: AuthenticatedProject, cannedId: string, sql?: Sql): Promise<CannedResponse> {
    const canned = !isUuid(cannedId)
      ? null
      : sql
        ? await this.cannedResponses.findOneThrough(sql, project.id, cannedId)
        : await this.cannedResponses.findOne(project.id, cannedId);
    if (!canned) throw new CannedResponseNotFound();
    return canned;
  }

  /**
   * The canned response's text with `values` substituted (see renderCannedText). With `field` (a body
   * field such as `canned_response_id`), an id that names no canned response of the project is an invalid
   * value (422) instead of a missing resource (404).
   */
  async render(
    project: AuthenticatedProject,
    cannedId: string,
    values: CannedValues,
    sql?: Sql,
    field?: string,
  ): Promise<string> {
    let canned: CannedResponse;
    try {
      canned = await this.get(project, cannedId, sql);
    } catch (error) {
      if (field !== undefined && error instanceof CannedResponseNotFound) throw new CannedResponseNotInProject(field);
      throw error;
    }
    return renderCannedText(canned.text, values);
  }

  async create(project: AuthenticatedProject, input: NewCannedResponse): Promise<CannedResponse> {
    requireKnownVariables(input.text);
    const count = await this.cannedResponses.count(project.id);
    if (count >= MAX_CANNED_RESPONSES_PER_PROJECT)
      throw new CannedResponseLimitReached(MAX_CANNED_RESPONSES_PER_PROJECT);
    const shortcut = normalizeShortcut(input.shortcut);
    // ON CONFLICT DO NOTHING: a taken shortcut (even one taken concurrently) is a 409, not a failed statement.
    const id = await this.cannedResponses.insertUnlessShortcutTaken({
      projectId: project.id,
      title: input.title.trim(),
      text: input.text,
      shortcut,
    });
    if (id === null) throw new CannedShortcutTaken(shortcut ?? '');
    return this.cannedResponses.findById(id);
  }

  async update(
    project: AuthenticatedProject,
    cannedId: string,
    changes: CannedResponseChanges,
  ): Promise<CannedResponse> {
    const canned = await this.get(project, cannedId);
    const patch: Partial<CannedResponse> = {};
    if (changes.title !== undefined) patch.title = changes.title.trim();
    if (changes.text !== undefined) {
      requireKnownVariables(changes.text);
      patch.text = changes.text;
    }
    if (changes.shortcut !== undefined) {
      const shortcut = normalizeShortcut(changes.shortcut);
      if (shortcut !== null && (await this.cannedResponses.shortcutTaken(project.id, shortcut, canned.id))) {
        throw new CannedShortcutTaken(shortcut);
      }
      patch.shortcut = shortcut;
    }
    if (Object.keys(patch).length > 0) {
      try {
        if (!(await this.cannedResponses.update(project.id, canned.id, patch))) throw new CannedResponseNotFound();
      } catch (error) {
        if (isUniqueViolation(error, SHORTCUT_INDEX)) throw new CannedShortcutTaken(patch.shortcut ?? '');
        throw error;
      }
    }
    return this.cannedResponses.findById(canned.id);
  }

  async remove(project: AuthenticatedProject, cannedId: string): Promise<void> {
    if (!isUuid(cannedId)) throw new CannedResponseNotFound();
    if (!(await this.cannedResponses.delete(project.id, cannedId))) throw new CannedResponseNotFound();
  }
}
