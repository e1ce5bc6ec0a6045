import { MigrationInterface, QueryRunner } from 'typeorm';

export class Tickets1795448799444 implements MigrationInterface {
  name = 'Tickets1795448799444';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "subscriber" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "channel" text NOT NULL, "chat_id" bigint, "first_name" text, "username" text, "lang" text, "blocked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c52b7ddbaf79cd2650045b79c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "subscriber_chat_uq" ON "subscriber"  ("project_id", "channel", "chat_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("project_id" uuid NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "status_code" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c979375cffe41c46e4e6b21623" PRIMARY KEY ("project_id", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "idempotency_key_created_idx" ON "idempotency_key"  ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "ticket" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "ticket_number" integer NOT NULL, "subject" text, "status" text NOT NULL DEFAULT 'new', "priority" text NOT NULL DEFAULT 'normal', "channel" text NOT NULL, "chat_id" bigint, "subscriber_id" uuid NOT NULL, "ticket_type_id" uuid, "ticket_type_name" text, "assigned_to" uuid, "tags" text array NOT NULL DEFAULT '{}', "csat_rating" integer, "first_reply_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "last_message_at" TIMESTAMP WITH TIME ZONE, "last_message_from" text, "search_vector" tsvector, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9a0835407701eb86f874474b7c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ticket_subscriber_idx" ON "ticket"  ("subscriber_id", "status") `);
    await queryRunner.query(
      `CREATE INDEX "ticket_priority_list_idx" ON "ticket"  ("project_id", "priority", "ticket_number") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ticket_assignee_list_idx" ON "ticket"  ("project_id", "assigned_to", "ticket_number") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ticket_status_list_idx" ON "ticket"  ("project_id", "status", "ticket_number") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ticket_number_uq" ON "ticket"  ("project_id", "ticket_number") `);
    // Written by hand (TypeORM cannot declare `USING gin`): tag filter and full-text search `q`.
    await queryRunner.query(`CREATE INDEX "ticket_tags_gin_idx" ON "ticket" USING gin ("tags")`);
    await queryRunner.query(`CREATE INDEX "ticket_search_gin_idx" ON "ticket" USING gin ("search_vector")`);
    await queryRunner.query(
      `CREATE TABLE "ticket_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "author" text NOT NULL, "member_id" uuid, "text" text NOT NULL, "internal" boolean NOT NULL DEFAULT false, "attachments" jsonb NOT NULL DEFAULT '[]', "delivery" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d7c7fbe3303c18b7dbd6f1ce19" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ticket_message_ticket_idx" ON "ticket_message"  ("ticket_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ticket_number_counter" ("project_id" uuid NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_10602042bf7f2a9ca785b77a322" PRIMARY KEY ("project_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ticket_status_change" ("id" BIGSERIAL NOT NULL, "ticket_id" uuid NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "source" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc967a73d9acd0481771bef0a50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ticket_status_change_ticket_idx" ON "ticket_status_change"  ("ticket_id", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "subscriber" ADD CONSTRAINT "FK_41e134957590305f222ea466467" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idempotency_key" ADD CONSTRAINT "FK_0708abdfd9e115deb7cade8d8ca" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket" ADD CONSTRAINT "FK_17cc52872004472c7a8125fd789" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket" ADD CONSTRAINT "FK_bcb4b33f2a6c547eb51ec3f1d67" FOREIGN KEY ("subscriber_id") REFERENCES "subscriber"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket" ADD CONSTRAINT "FK_036b5f20f93359a0dfe0058facd" FOREIGN KEY ("assigned_to") REFERENCES "team_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket_message" ADD CONSTRAINT "FK_4ad0ee7daf9203dfd269bde1274" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket_message" ADD CONSTRAINT "FK_b35a692c994fcba17d36d7b1db8" FOREIGN KEY ("member_id") REFERENCES "team_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket_number_counter" ADD CONSTRAINT "FK_10602042bf7f2a9ca785b77a322" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ticket_status_change" ADD CONSTRAINT "FK_917f60214d1f35ec136a7d2d6a5" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ticket_status_change" DROP CONSTRAINT "FK_917f60214d1f35ec136a7d2d6a5"`);
    await queryRunner.query(`ALTER TABLE "ticket_number_counter" DROP CONSTRAINT "FK_10602042bf7f2a9ca785b77a322"`);
    await queryRunner.query(`ALTER TABLE "ticket_message" DROP CONSTRAINT "FK_b35a692c994fcba17d36d7b1db8"`);
    await queryRunner.query(`ALTER TABLE "ticket_message" DROP CONSTRAINT "FK_4ad0ee7daf9203dfd269bde1274"`);
    await queryRunner.query(`ALTER TABLE "ticket" DROP CONSTRAINT "FK_036b5f20f93359a0dfe0058facd"`);
    await queryRunner.query(`ALTER TABLE "ticket" DROP CONSTRAINT "FK_bcb4b33f2a6c547eb51ec3f1d67"`);
    await queryRunner.query(`ALTER TABLE "ticket" DROP CONSTRAINT "FK_17cc52872004472c7a8125fd789"`);
    await queryRunner.query(`ALTER TABLE "idempotency_key" DROP CONSTRAINT "FK_0708abdfd9e115deb7cade8d8ca"`);
    await queryRunner.query(`ALTER TABLE "subscriber" DROP CONSTRAINT "FK_41e134957590305f222ea466467"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_status_change_ticket_idx"`);
    await queryRunner.query(`DROP TABLE "ticket_status_change"`);
    await queryRunner.query(`DROP TABLE "ticket_number_counter"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_message_ticket_idx"`);
    await queryRunner.query(`DROP TABLE "ticket_message"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_search_gin_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_tags_gin_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_number_uq"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_status_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_assignee_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_priority_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_subscriber_idx"`);
    await queryRunner.query(`DROP TABLE "ticket"`);
    await queryRunner.query(`DROP INDEX "public"."idempotency_key_created_idx"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP INDEX "public"."subscriber_chat_uq"`);
    await queryRunner.query(`DROP TABLE "subscriber"`);
  }
}
