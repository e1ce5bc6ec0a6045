import { MigrationInterface, QueryRunner } from 'typeorm';

export class AgentWorkspace1796653923993 implements MigrationInterface {
  name = 'AgentWorkspace1796653923993';

  // ticket_presence: the console's heartbeats (who is viewing or typing a ticket); saved_view: a member's
  // saved ticket lists.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ticket_presence" ("ticket_id" uuid NOT NULL, "member_id" uuid NOT NULL, "project_id" uuid NOT NULL, "state" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_40de4942b50a882a2d92c103014" PRIMARY KEY ("ticket_id", "member_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ticket_presence_expiry_idx" ON "ticket_presence"  ("expires_at") `);
    await queryRunner.query(
      `CREATE TABLE "saved_view" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "member_id" uuid NOT NULL, "name" text NOT NULL, "filters" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be317311b88c1a5e47ad6c19081" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "saved_view_member_idx" ON "saved_view"  ("member_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "ticket_presence" ADD CONSTRAINT "FK_cafbe0fd6ee36cc3ff6a7830dee" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket_presence" ADD CONSTRAINT "FK_7101579e462c73190beb02ebc33" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket_presence" ADD CONSTRAINT "FK_04d4528aef51397fc6e90b7493e" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_view" ADD CONSTRAINT "FK_60b1b91d498f79d3944b627eef9" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_view" ADD CONSTRAINT "FK_617ccfa491a2b673c1e82bdea8e" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "saved_view" DROP CONSTRAINT "FK_617ccfa491a2b673c1e82bdea8e"`);
    await queryRunner.query(`ALTER TABLE "saved_view" DROP CONSTRAINT "FK_60b1b91d498f79d3944b627eef9"`);
    await queryRunner.query(`ALTER TABLE "ticket_presence" DROP CONSTRAINT "FK_04d4528aef51397fc6e90b7493e"`);
    await queryRunner.query(`ALTER TABLE "ticket_presence" DROP CONSTRAINT "FK_7101579e462c73190beb02ebc33"`);
    await queryRunner.query(`ALTER TABLE "ticket_presence" DROP CONSTRAINT "FK_cafbe0fd6ee36cc3ff6a7830dee"`);
    await queryRunner.query(`DROP INDEX "public"."saved_view_member_idx"`);
    await queryRunner.query(`DROP TABLE "saved_view"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_presence_expiry_idx"`);
    await queryRunner.query(`DROP TABLE "ticket_presence"`);
  }
}
