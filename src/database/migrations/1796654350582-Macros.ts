import { MigrationInterface, QueryRunner } from 'typeorm';

export class Macros1796654350582 implements MigrationInterface {
  name = 'Macros1796654350582';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "macro" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "text" text, "internal" boolean NOT NULL DEFAULT false, "actions" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d67d86d83fe69a5a0d948dedfc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "macro_list_idx" ON "macro" ("project_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "macro" ADD CONSTRAINT "FK_283a792c98c55386cec9ecdd5f2" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "macro" DROP CONSTRAINT "FK_283a792c98c55386cec9ecdd5f2"`);
    await queryRunner.query(`DROP INDEX "public"."macro_list_idx"`);
    await queryRunner.query(`DROP TABLE "macro"`);
  }
}
