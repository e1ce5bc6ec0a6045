import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795448329726 implements MigrationInterface {
  name = 'Foundation1795448329726';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit_bucket" ("project_id" uuid NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "PK_d1272b4c9f64fee17f92d8bb906" PRIMARY KEY ("project_id", "window_start"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_event" ("id" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "topic" text NOT NULL, "event_type" text NOT NULL, "aggregate_id" uuid, "payload" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "outbox_event_aggregate_idx" ON "outbox_event"  ("aggregate_id", "id") `);
    await queryRunner.query(
      `CREATE INDEX "outbox_event_pending_idx" ON "outbox_event"  ("topic", "next_attempt_at") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "slug" text NOT NULL, "description" text NOT NULL DEFAULT '', "api_key_hash" text NOT NULL, "api_key_prefix" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6fce32ddd71197807027be6ad38" UNIQUE ("slug"), CONSTRAINT "UQ_b0f4d3f90dd3c84b977e5752914" UNIQUE ("api_key_hash"), CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "helpdesk_settings" ("project_id" uuid NOT NULL, "helpdesk_enabled" boolean NOT NULL DEFAULT true, "welcome_message" jsonb NOT NULL, "close_message" jsonb NOT NULL, "sla_first_reply_hours" integer, "sla_resolve_hours" integer, "ticket_types_enabled" boolean NOT NULL DEFAULT false, "allow_create" boolean NOT NULL DEFAULT true, "allow_view" boolean NOT NULL DEFAULT true, "csat_enabled" boolean NOT NULL DEFAULT false, "csat_message_template" text NOT NULL, "unanswered_hours" integer DEFAULT '24', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f03b5da7451444c354ed99d2aa7" PRIMARY KEY ("project_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "team_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "email" text NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_649680684d72a20d279641469c5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_80661b63e364d6d12e821c860e" ON "team_member"  ("project_id", "email") `,
    );
    await queryRunner.query(
      `ALTER TABLE "helpdesk_settings" ADD CONSTRAINT "FK_f03b5da7451444c354ed99d2aa7" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_member" ADD CONSTRAINT "FK_f3f76e07a240df80c7cf9e6a762" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team_member" DROP CONSTRAINT "FK_f3f76e07a240df80c7cf9e6a762"`);
    await queryRunner.query(`ALTER TABLE "helpdesk_settings" DROP CONSTRAINT "FK_f03b5da7451444c354ed99d2aa7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_80661b63e364d6d12e821c860e"`);
    await queryRunner.query(`DROP TABLE "team_member"`);
    await queryRunner.query(`DROP TABLE "helpdesk_settings"`);
    await queryRunner.query(`DROP TABLE "project"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_event_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_event_aggregate_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
    await queryRunner.query(`DROP TABLE "rate_limit_bucket"`);
  }
}
