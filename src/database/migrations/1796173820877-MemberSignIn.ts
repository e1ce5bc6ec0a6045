import { MigrationInterface, QueryRunner } from 'typeorm';

export class MemberSignIn1796173820877 implements MigrationInterface {
  name = 'MemberSignIn1796173820877';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_failure_window" ("email" text NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "failures" integer NOT NULL, CONSTRAINT "PK_8b065a2fe9c893dfcfad7ef9ece" PRIMARY KEY ("email"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_de5d0d550fa5206968def0ed67" ON "login_failure_window"  ("window_started_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "member_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "token_hash" text NOT NULL, "member_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_1c2caedac7cc80289b28200406f" UNIQUE ("token_hash"), CONSTRAINT "PK_b4e1b71e5cf2d9b4918023508b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c993bb1c9d30ba22686cabc938" ON "member_session"  ("expires_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_68ae2ded562ce612467a182e71" ON "member_session"  ("member_id") `);
    await queryRunner.query(
      `CREATE TABLE "member_invite" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "token_hash" text NOT NULL, "member_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_1b3b38d845445e54cb66c2411bb" UNIQUE ("token_hash"), CONSTRAINT "PK_ad218fc9af22b90a68b2e839850" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_305fa5f57c220425f67dbe9148" ON "member_invite"  ("member_id") `);
    await queryRunner.query(`ALTER TABLE "team_member" ADD "password_hash" text`);
    await queryRunner.query(`ALTER TABLE "ticket_status_change" ADD "member_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "member_session" ADD CONSTRAINT "FK_19af133fadd0d1b48a09d325879" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "member_session" ADD CONSTRAINT "FK_68ae2ded562ce612467a182e71a" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "member_invite" ADD CONSTRAINT "FK_8b558134578735ded66232a142e" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "member_invite" ADD CONSTRAINT "FK_305fa5f57c220425f67dbe9148d" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket_status_change" ADD CONSTRAINT "FK_c929cbcf32b95d79e66a6730c88" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ticket_status_change" DROP CONSTRAINT "FK_c929cbcf32b95d79e66a6730c88"`);
    await queryRunner.query(`ALTER TABLE "member_invite" DROP CONSTRAINT "FK_305fa5f57c220425f67dbe9148d"`);
    await queryRunner.query(`ALTER TABLE "member_invite" DROP CONSTRAINT "FK_8b558134578735ded66232a142e"`);
    await queryRunner.query(`ALTER TABLE "member_session" DROP CONSTRAINT "FK_68ae2ded562ce612467a182e71a"`);
    await queryRunner.query(`ALTER TABLE "member_session" DROP CONSTRAINT "FK_19af133fadd0d1b48a09d325879"`);
    await queryRunner.query(`ALTER TABLE "ticket_status_change" DROP COLUMN "member_id"`);
    await queryRunner.query(`ALTER TABLE "team_member" DROP COLUMN "password_hash"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_305fa5f57c220425f67dbe9148"`);
    await queryRunner.query(`DROP TABLE "member_invite"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_68ae2ded562ce612467a182e71"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c993bb1c9d30ba22686cabc938"`);
    await queryRunner.query(`DROP TABLE "member_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de5d0d550fa5206968def0ed67"`);
    await queryRunner.query(`DROP TABLE "login_failure_window"`);
  }
}
