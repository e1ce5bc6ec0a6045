import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutOfHoursReplies1796654060607 implements MigrationInterface {
  name = 'OutOfHoursReplies1796654060607';

  // One row per ticket that got the out-of-hours auto-reply (src/automations/): never a second one.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ticket_out_of_hours_reply" ("ticket_id" uuid NOT NULL, "project_id" uuid NOT NULL, "message_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9b71952bb25f6b07463a9276d6" PRIMARY KEY ("ticket_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "ticket_out_of_hours_reply"`);
  }
}
