import { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1795451391051 implements MigrationInterface {
  name = 'Webhooks1795451391051';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "csat_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rating" integer NOT NULL, "source" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_39171116704637ef1206ad940e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "csat_rating_project_idx" ON "csat_rating"  ("project_id", "created_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "csat_rating_closing_uq" ON "csat_rating"  ("ticket_id", "closed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ticket_unanswered_alert" ("ticket_id" uuid NOT NULL, "project_id" uuid NOT NULL, "message_id" uuid NOT NULL, "alerted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b0c54e0c2562c191b0a9874bde3" PRIMARY KEY ("ticket_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "outbox_event_id" bigint NOT NULL, "event_id" uuid NOT NULL, "event_type" text NOT NULL, "attempt" integer NOT NULL, "status" text NOT NULL, "status_code" integer, "error" text, "duration_ms" integer NOT NULL, "url" text NOT NULL, "redelivery" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "webhook_delivery_event_idx" ON "webhook_delivery"  ("event_id") `);
    await queryRunner.query(
      `CREATE INDEX "webhook_delivery_project_idx" ON "webhook_delivery"  ("project_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook" ("project_id" uuid NOT NULL, "url" text NOT NULL, "events" text array, "secret" text NOT NULL, "disabled_at" TIMESTAMP WITH TIME ZONE, "disabled_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_95bc3b4bf6b329b6c6dd2ed2174" PRIMARY KEY ("project_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_event_pending_aggregate_idx" ON "outbox_event"  ("topic", "aggregate_id", "id") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook" ADD CONSTRAINT "FK_95bc3b4bf6b329b6c6dd2ed2174" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook" DROP CONSTRAINT "FK_95bc3b4bf6b329b6c6dd2ed2174"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_event_pending_aggregate_idx"`);
    await queryRunner.query(`DROP TABLE "webhook"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_delivery_project_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_delivery_event_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP TABLE "ticket_unanswered_alert"`);
    await queryRunner.query(`DROP INDEX "public"."csat_rating_closing_uq"`);
    await queryRunner.query(`DROP INDEX "public"."csat_rating_project_idx"`);
    await queryRunner.query(`DROP TABLE "csat_rating"`);
  }
}
