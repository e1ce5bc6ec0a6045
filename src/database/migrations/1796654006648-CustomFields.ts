import { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomFields1796654006648 implements MigrationInterface {
  name = 'CustomFields1796654006648';

  // Custom fields per project (issue #32), and their values on tickets by key.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "custom_field" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "key" text NOT NULL, "label" text NOT NULL, "type" text NOT NULL, "options" text array NOT NULL DEFAULT '{}', "required_to_close" boolean NOT NULL DEFAULT false, "enabled" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_70c7eb2dfb5b81c051a6ba3ace8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "custom_field_key_uq" ON "custom_field"  ("project_id", "key") `);
    await queryRunner.query(`ALTER TABLE "ticket" ADD "custom_fields" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "custom_field" ADD CONSTRAINT "FK_7f07139c3c198e502bd628fc5bd" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "custom_field" DROP CONSTRAINT "FK_7f07139c3c198e502bd628fc5bd"`);
    await queryRunner.query(`ALTER TABLE "ticket" DROP COLUMN "custom_fields"`);
    await queryRunner.query(`DROP INDEX "public"."custom_field_key_uq"`);
    await queryRunner.query(`DROP TABLE "custom_field"`);
  }
}
