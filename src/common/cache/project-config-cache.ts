import type { AuthenticatedProject } from '../auth/authenticated-project.js';

/** Projects whose configuration one process keeps; past it the least recently stored ones are dropped. */
const MAX_PROJECTS = 2000;

interface Entry<T> {
  version: number;
  value: T;
}

/**
 * Per-project configuration (settings, routing rules) kept between requests. A value is stored with the
 * project's `config_version` it was read at; the auth statement of every request returns the current
 * version (database triggers raise it in the transaction of any change), so a change made through any
 * process is seen on the next request with no extra round trip. A caller without a version (the bot,
 * workers) always reads the database.
 */
export class ProjectConfigCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  /** The cached value when it is at least as new as the version the request saw, else undefined. */
  get(project: AuthenticatedProject): T | undefined {
    if (project.seenConfigVersion === undefined) return undefined;
    const entry = this.entries.get(project.id);
    return entry !== undefined && entry.version >= project.seenConfigVersion ? entry.value : undefined;
  }

  /** Keeps a value read together with `version` (in the same statement, so the two agree). */
  set(projectId: string, version: number | string, value: T): void {
    const numeric = Number(version);
    const current = this.entries.get(projectId);
    if (current !== undefined && current.version > numeric) return;
    this.entries.delete(projectId);
    if (this.entries.size >= MAX_PROJECTS) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(projectId, { version: numeric, value });
  }
}
