import { MigrationInterface, QueryRunner } from 'typeorm';

export class HelpdeskConfiguration1795449073234 implements MigrationInterface {
  name = 'HelpdeskConfiguration1795449073234';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "canned_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "title" text NOT NULL, "text" text NOT NULL, "shortcut" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bc49cdfdecc89466143d10a5ecb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "canned_response_list_idx" ON "canned_response"  ("project_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "canned_response_shortcut_uq" ON "canned_response"  ("project_id", "shortcut") WHERE shortcut IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "routing_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "condition" jsonb NOT NULL, "action" jsonb NOT NULL, "order_index" integer NOT NULL DEFAULT '0', "enabled" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b402e9e6a4d11fbd58e076daa2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "routing_rule_order_idx" ON "routing_rule"  ("project_id", "order_index", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ticket_type" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "name_key" text NOT NULL, "description" text, "sort_order" integer NOT NULL DEFAULT '0', "enabled" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_757d4830df239a662399edf9f24" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ticket_type_list_idx" ON "ticket_type"  ("project_id", "sort_order", "name_key") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ticket_type_name_uq" ON "ticket_type"  ("project_id", "name_key") WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "canned_response" ADD CONSTRAINT "FK_8f47076d15b0c75a37d3717815f" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "routing_rule" ADD CONSTRAINT "FK_ca40a63e55fd6490200697d77c7" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket_type" ADD CONSTRAINT "FK_410dc0e1e03a26e565cadb1bead" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ticket_type" DROP CONSTRAINT "FK_410dc0e1e03a26e565cadb1bead"`);
    await queryRunner.query(`ALTER TABLE "routing_rule" DROP CONSTRAINT "FK_ca40a63e55fd6490200697d77c7"`);
    await queryRunner.query(`ALTER TABLE "canned_response" DROP CONSTRAINT "FK_8f47076d15b0c75a37d3717815f"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_type_name_uq"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_type_list_idx"`);
    await queryRunner.query(`DROP TABLE "ticket_type"`);
    await queryRunner.query(`DROP INDEX "public"."routing_rule_order_idx"`);
    await queryRunner.query(`DROP TABLE "routing_rule"`);
    await queryRunner.query(`DROP INDEX "public"."canned_response_shortcut_uq"`);
    await queryRunner.query(`DROP INDEX "public"."canned_response_list_idx"`);
    await queryRunner.query(`DROP TABLE "canned_response"`);
  }
}
