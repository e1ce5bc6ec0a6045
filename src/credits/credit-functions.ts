import { readFileSync } from 'node:fs';

/**
 * The credit functions of PostgreSQL, one `.sql` file each in ./sql: the only definition of the charge and
 * refund rules that run in the database. They are read where this module runs from: src/credits/sql in the
 * repository (tests, ts sources) and dist/src/credits/sql in a build (copied there by
 * scripts/copy-sql-files.mjs, which `npm run build` and scripts/build-if-stale.mjs run after tsc; the Docker
 * image ships dist/ whole). A missing file fails the migration that applies them, loudly.
 */
export const CREDIT_FUNCTION_FILES = ['charge-reply-credit.sql', 'refund-reply-credit.sql'] as const;

/** Each file's `CREATE OR REPLACE FUNCTION …` statement, in order. */
export function creditFunctionStatements(): string[] {
  return CREDIT_FUNCTION_FILES.map((file) => readFileSync(new URL(`./sql/${file}`, import.meta.url), 'utf8'));
}
