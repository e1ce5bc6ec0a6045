import { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketTypeForeignKey1795449650610 implements MigrationInterface {
  name = 'TicketTypeForeignKey1795449650610';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ticket_ticket_type_list_idx" ON "ticket"  ("project_id", "ticket_type_id", "ticket_number") `,
    );
    // Before this constraint, ticket_type_id was not checked: forget ids that name no type.
    await queryRunner.query(
      `UPDATE "ticket" SET "ticket_type_id" = NULL WHERE "ticket_type_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ticket_type" WHERE "ticket_type"."id" = "ticket"."ticket_type_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket" ADD CONSTRAINT "FK_af51af23249ad05ee17dc48019a" FOREIGN KEY ("ticket_type_id") REFERENCES "ticket_type"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ticket" DROP CONSTRAINT "FK_af51af23249ad05ee17dc48019a"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_ticket_type_list_idx"`);
  }
}
