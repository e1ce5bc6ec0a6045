import { QueryFailedError } from 'typeorm';

/**
 * True when a statement failed on a unique index (SQLSTATE 23505), optionally a given one by name.
 * Services check for a duplicate first for a clear message; this catches the race where two requests
 * pass that check at once and the index decides.
 */
export function isUniqueViolation(error: unknown, indexName?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string } | undefined;
  if (driverError?.code !== '23505') return false;
  return indexName === undefined || driverError.constraint === indexName;
}
