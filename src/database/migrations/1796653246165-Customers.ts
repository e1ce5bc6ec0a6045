import { MigrationInterface, QueryRunner } from 'typeorm';

export class Customers1796653246165 implements MigrationInterface {
  name = 'Customers1796653246165';

  // The customer profile (issue #32): a last name, the agents' note, a block set by the team (not the
  // customer's own block of the bot, `blocked_at`), when the customer was last seen, and erasure.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subscriber" ADD "last_name" text, ADD "note" text,
      ADD "agent_blocked" boolean NOT NULL DEFAULT false,
      ADD "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    // Written by hand: the newest of the customer's first contact and their tickets' last messages.
    await queryRunner.query(`UPDATE "subscriber" s SET "last_seen_at" = greatest(s."created_at",
        (SELECT max(coalesce(t."last_message_at", t."created_at")) FROM "ticket" t WHERE t."subscriber_id" = s."id"))`);
    // The customers list: most recently seen first, keyset paged on (last_seen_at, id).
    await queryRunner.query(`CREATE INDEX "subscriber_seen_idx" ON "subscriber"
      ("project_id", "last_seen_at" DESC, "id" DESC) WHERE "erased_at" IS NULL`);
    await queryRunner.query(`ALTER TABLE "ticket_message" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ticket_message" DROP COLUMN "erased_at"`);
    await queryRunner.query(`DROP INDEX "subscriber_seen_idx"`);
    await queryRunner.query(`ALTER TABLE "subscriber" DROP COLUMN "erased_at", DROP COLUMN "last_seen_at",
      DROP COLUMN "agent_blocked", DROP COLUMN "note", DROP COLUMN "last_name"`);
  }
}
