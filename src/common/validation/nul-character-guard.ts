import type { NextFunction, Request, Response } from 'express';
import { BadRequest } from '../errors/app-error.js';

/** Deeper JSON than any request of this API needs; deeper input only costs stack in validation. */
export const MAX_JSON_DEPTH = 32;
/**
 * More keys in one object (or items in one array) than any request needs. Validation reports every
 * unknown key, so 40,000 of them would cost seconds of CPU per request.
 */
export const MAX_JSON_ENTRIES = 1000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Problem = 'nul' | 'surrogate' | 'depth' | null;

function stringProblem(value: string): Problem {
  if (value.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  return null;
}

function findProblem(value: unknown, depth = 0): Problem {
  if (typeof value === 'string') return stringProblem(value);
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_JSON_DEPTH) return 'depth';
  const entries = Object.entries(value);
  if (entries.length > MAX_JSON_ENTRIES) return 'depth';
  for (const [key, item] of entries) {
    const problem = stringProblem(key) ?? findProblem(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}

const ERRORS = {
  nul: () => new BadRequest('strings must not contain the NUL character (U+0000)', 'nul_character'),
  surrogate: () =>
    new BadRequest(
      'strings must be valid Unicode: a lone UTF-16 surrogate (\\uD800-\\uDFFF) is not a character',
      'invalid_unicode',
    ),
  depth: () =>
    new BadRequest(
      `JSON must not nest deeper than ${MAX_JSON_DEPTH} levels nor hold more than ${MAX_JSON_ENTRIES} keys or ` +
        `items in one object or array`,
      'json_too_complex',
    ),
};

/** Whether a parsed body has something rejectNulCharacters refuses (the JSON lane then lets Express refuse it). */
export function bodyProblem(body: unknown): boolean {
  return findProblem(body) !== null;
}

/**
 * Strings PostgreSQL cannot store as they were sent (U+0000; lone surrogates, which the driver would
 * silently turn into U+FFFD) and absurdly deep nesting are refused up front as malformed requests, for
 * every route at once, before validation and before any handler sees them.
 */
export function rejectNulCharacters(req: Request, _res: Response, next: NextFunction): void {
  const problem =
    findProblem(req.body) ??
    findProblem(req.query) ??
    (req.path.includes('\u0000') || req.path.includes('%00') ? 'nul' : stringProblem(req.path));
  next(problem ? ERRORS[problem]() : undefined);
}
