import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-project credits: the account row every charge locks (free allowance of the current month, purchased
 * balance, never negative) and the ledger with one row per charge and per top-up. Existing projects get
 * their account on their first charge, with the month's full allowance.
 */
export class Credits1796173889171 implements MigrationInterface {
  name = 'Credits1796173889171';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "credit_account" ("project_id" uuid NOT NULL, "period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "free_used" integer NOT NULL DEFAULT '0', "balance" integer NOT NULL DEFAULT '0', "replies_this_month" integer NOT NULL DEFAULT '0', "low_notified" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "credit_account_balance_not_negative" CHECK ("balance" >= 0 AND "free_used" >= 0), CONSTRAINT "PK_4e48412fe5b61c67ff1c15ced4f" PRIMARY KEY ("project_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "credit_ledger_entry" ("id" BIGSERIAL NOT NULL, "project_id" uuid NOT NULL, "kind" text NOT NULL, "amount" integer NOT NULL, "pool" text, "message_id" uuid, "balance_after" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f16ff080bd4d67afb2f5413408d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "credit_ledger_entry_project_idx" ON "credit_ledger_entry"  ("project_id", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "credit_account" ADD CONSTRAINT "FK_4e48412fe5b61c67ff1c15ced4f" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credit_ledger_entry" ADD CONSTRAINT "FK_0cf5cafe74bc12dde82fd473f22" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "credit_ledger_entry" DROP CONSTRAINT "FK_0cf5cafe74bc12dde82fd473f22"`);
    await queryRunner.query(`ALTER TABLE "credit_account" DROP CONSTRAINT "FK_4e48412fe5b61c67ff1c15ced4f"`);
    await queryRunner.query(`DROP INDEX "public"."credit_ledger_entry_project_idx"`);
    await queryRunner.query(`DROP TABLE "credit_ledger_entry"`);
    await queryRunner.query(`DROP TABLE "credit_account"`);
  }
}
