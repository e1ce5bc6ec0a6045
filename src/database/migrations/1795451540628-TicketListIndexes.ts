import { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketListIndexes1795451540628 implements MigrationInterface {
  name = 'TicketListIndexes1795451540628';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ticket_subscriber_idx"`);
    await queryRunner.query(
      `CREATE INDEX "ticket_subscriber_list_idx" ON "ticket"  ("project_id", "subscriber_id", "ticket_number") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ticket_status_priority_list_idx" ON "ticket"  ("project_id", "status", "priority", "ticket_number") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ticket_status_assignee_list_idx" ON "ticket"  ("project_id", "status", "assigned_to", "ticket_number") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ticket_status_assignee_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_status_priority_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_subscriber_list_idx"`);
    await queryRunner.query(`CREATE INDEX "ticket_subscriber_idx" ON "ticket"  ("subscriber_id", "status") `);
  }
}
