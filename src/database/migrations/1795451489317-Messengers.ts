import { MigrationInterface, QueryRunner } from 'typeorm';

export class Messengers1795451489317 implements MigrationInterface {
  name = 'Messengers1795451489317';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "chat_ticket_message" ("channel" text NOT NULL, "chat_id" text NOT NULL, "message_id" bigint NOT NULL, "project_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1d1a0ea343a96bd3d943f5aacda" PRIMARY KEY ("channel", "chat_id", "message_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "chat_ticket_message_ticket_idx" ON "chat_ticket_message"  ("ticket_id") `);
    await queryRunner.query(
      `CREATE TABLE "messenger_chat" ("channel" text NOT NULL, "chat_id" text NOT NULL, "project_id" uuid, "state" text NOT NULL DEFAULT 'idle', "draft" jsonb NOT NULL DEFAULT '{}', "language" text NOT NULL DEFAULT 'en', "first_name" text, "username" text, "blocked_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_af2555a293cbd3036a465feba22" PRIMARY KEY ("channel", "chat_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "chat_outbound_part" ("outbox_event_id" bigint NOT NULL, "part_index" integer NOT NULL, "message_id" bigint NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2047a9d7a5fe5bf7516fee44258" PRIMARY KEY ("outbox_event_id", "part_index"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "messenger_processed_update" ("bot_key" text NOT NULL, "update_id" bigint NOT NULL, "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e9f28f1ddb836477e093bf2f598" PRIMARY KEY ("bot_key", "update_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "helpdesk_request" ("id" text NOT NULL, "project_id" uuid NOT NULL, "requested_channel" text, "ticket_type_id" uuid, "status" text NOT NULL DEFAULT 'pending', "subscriber_id" uuid, "channel" text, "chat_id" text, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4fa4ab4ce79d4ab3584de394a0a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "helpdesk_request_project_idx" ON "helpdesk_request"  ("project_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "helpdesk_request" ADD CONSTRAINT "FK_cdde45e785ec71d317551aa470a" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "helpdesk_request" DROP CONSTRAINT "FK_cdde45e785ec71d317551aa470a"`);
    await queryRunner.query(`DROP INDEX "public"."helpdesk_request_project_idx"`);
    await queryRunner.query(`DROP TABLE "helpdesk_request"`);
    await queryRunner.query(`DROP TABLE "messenger_processed_update"`);
    await queryRunner.query(`DROP TABLE "chat_outbound_part"`);
    await queryRunner.query(`DROP TABLE "messenger_chat"`);
    await queryRunner.query(`DROP INDEX "public"."chat_ticket_message_ticket_idx"`);
    await queryRunner.query(`DROP TABLE "chat_ticket_message"`);
  }
}
