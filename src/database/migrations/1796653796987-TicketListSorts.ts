import { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketListSorts1796653796987 implements MigrationInterface {
  name = 'TicketListSorts1796653796987';

  // The list's sorts (src/tickets/ticket-list.store.ts SORT_KEYS), each with ticket_number as the tie-breaker
  // for keyset paging. The priority and sla_due keys are expressions, written by hand exactly as the list
  // query writes them (the planner matches them literally); sla_due also answers sla=breached|at_risk, and
  // carries the columns of its expression so the list's COUNT(*) of a filter is an index-only scan.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ticket_updated_list_idx" ON "ticket" ("project_id", "updated_at", "ticket_number") `,
    );
    await queryRunner.query(`CREATE INDEX "ticket_priority_rank_list_idx" ON "ticket" ("project_id",
      (CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END), "ticket_number")`);
    // The queue views (one status, sorted) walk these instead of filtering the project-wide ones.
    await queryRunner.query(
      `CREATE INDEX "ticket_status_updated_list_idx" ON "ticket" ("project_id", "status", "updated_at", "ticket_number") `,
    );
    await queryRunner.query(`CREATE INDEX "ticket_status_priority_rank_list_idx" ON "ticket" ("project_id", "status",
      (CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END), "ticket_number")`);
    await queryRunner.query(`CREATE INDEX "ticket_sla_due_list_idx" ON "ticket" ("project_id",
      (COALESCE(LEAST(CASE WHEN first_reply_at IS NULL AND status <> 'closed' THEN sla_first_reply_due_at END,
                      CASE WHEN status <> 'closed' THEN sla_resolve_due_at END), 'infinity'::timestamptz)),
      "ticket_number") INCLUDE ("status", "first_reply_at", "sla_first_reply_due_at", "sla_resolve_due_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ticket_sla_due_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_status_priority_rank_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_status_updated_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_priority_rank_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_updated_list_idx"`);
  }
}
