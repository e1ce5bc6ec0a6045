import { readFileSync } from 'node:fs';

/**
 * The business-time functions of PostgreSQL (sql/business-time.sql) and the triggers that keep a ticket's
 * stored SLA due times (sql/ticket-sla-due.sql), read where this module runs from (src/sla/sql in the
 * repository, dist/src/sla/sql in a build: scripts/copy-sql-files.mjs). Statements are separated by
 * `-- SPLIT` lines; a migration applies them in order.
 */
export const SLA_SQL_FILES = ['business-time.sql', 'ticket-sla-due.sql'] as const;

export function slaSqlStatements(): string[] {
  return SLA_SQL_FILES.flatMap((file) =>
    readFileSync(new URL(`./sql/${file}`, import.meta.url), 'utf8')
      .split(/^-- SPLIT$/m)
      .map((statement) => statement.trim())
      .filter((statement) => statement.length > 0),
  );
}
