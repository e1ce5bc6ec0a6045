import type { NextFunction, Request, Response } from 'express';
import { BadRequest } from '../errors/app-error.js';

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000') || containsNul(item, depth + 1)) return true;
  }
  return false;
}

/**
 * PostgreSQL text cannot hold U+0000, so a NUL anywhere in the body or query would fail deep in a query.
 * It is refused up front as a malformed request, for every route at once.
 */
export function rejectNulCharacters(req: Request, _res: Response, next: NextFunction): void {
  if (containsNul(req.body) || containsNul(req.query) || req.path.includes('\u0000') || req.path.includes('%00')) {
    next(new BadRequest('strings must not contain the NUL character (U+0000)'));
    return;
  }
  next();
}
