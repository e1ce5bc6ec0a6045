import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveEventPositions1796175667749 implements MigrationInterface {
  name = 'LiveEventPositions1796175667749';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "project_event_counter" ("project_id" uuid NOT NULL, "last_position" bigint NOT NULL, CONSTRAINT "PK_acb83b5bd9f7a8f442a6ec21a60" PRIMARY KEY ("project_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "outbox_event" ADD "stream_position" bigint`);
    await queryRunner.query(
      `CREATE INDEX "outbox_event_stream_idx" ON "outbox_event"  ("project_id", "stream_position") WHERE stream_position IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."outbox_event_stream_idx"`);
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "stream_position"`);
    await queryRunner.query(`DROP TABLE "project_event_counter"`);
  }
}
