import { MigrationInterface, QueryRunner } from 'typeorm';
import { slaSqlStatements } from '../../sla/business-time-sql.js';

/**
 * Every ticket insert and update writes each of the ticket's indexes and runs the SLA due-time trigger, and
 * wave 3 (sorts, SLA views) made creation about 19% and replies about 10% slower (docs/performance.md,
 * "After wave 3"). Two costs go: the trigger computes plain-hours due times without calling a SQL function
 * (src/sla/sql/ticket-sla-due.sql, applied again here), and the priority filters read the rank indexes of
 * TicketListSorts, so the two indexes on the priority text are dropped. The rank indexes gain the priority
 * column itself (INCLUDE): PostgreSQL answers from an expression index alone only when the index also holds
 * the columns the expression reads, and the list's COUNT(*) of a priority filter must stay index-only.
 */
const RANK = `(CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END)`;

export class CheaperTicketWrites1796660000000 implements MigrationInterface {
  name = 'CheaperTicketWrites1796660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of slaSqlStatements()) await queryRunner.query(statement);
    await queryRunner.query(`DROP INDEX "public"."ticket_status_priority_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_priority_list_idx"`);
    await this.rankIndexes(queryRunner, `INCLUDE ("priority")`);
  }

  private async rankIndexes(queryRunner: QueryRunner, include: string): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ticket_priority_rank_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_status_priority_rank_list_idx"`);
    await queryRunner.query(
      `CREATE INDEX "ticket_priority_rank_list_idx" ON "ticket" ("project_id", ${RANK}, "ticket_number") ${include}`,
    );
    await queryRunner.query(
      `CREATE INDEX "ticket_status_priority_rank_list_idx" ON "ticket" ("project_id", "status", ${RANK}, "ticket_number")
       ${include}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.rankIndexes(queryRunner, '');
    await queryRunner.query(
      `CREATE INDEX "ticket_priority_list_idx" ON "ticket" ("project_id", "priority", "ticket_number") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ticket_status_priority_list_idx" ON "ticket" ("project_id", "status", "priority", "ticket_number") `,
    );
  }
}
