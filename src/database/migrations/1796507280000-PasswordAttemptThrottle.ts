import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed passwords are counted per (e-mail, client address), per client address and per member
 * (re-entered passwords), no longer per e-mail alone: an attacker could lock the real owner out.
 */
export class PasswordAttemptThrottle1796507280000 implements MigrationInterface {
  name = 'PasswordAttemptThrottle1796507280000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_failure_window"`);
    await queryRunner.query(
      `CREATE TABLE "password_attempt_window" ("scope" text NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL, CONSTRAINT "PK_cf0130580b4cf710ab7eeadf3f9" PRIMARY KEY ("scope"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d4081276da120f6776455e0d51" ON "password_attempt_window" ("window_started_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_attempt_window"`);
    await queryRunner.query(
      `CREATE TABLE "login_failure_window" ("email" text NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "failures" integer NOT NULL, CONSTRAINT "PK_8b065a2fe9c893dfcfad7ef9ece" PRIMARY KEY ("email"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_de5d0d550fa5206968def0ed67" ON "login_failure_window"  ("window_started_at") `,
    );
  }
}
