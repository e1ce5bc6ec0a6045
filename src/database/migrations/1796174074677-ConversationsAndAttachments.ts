import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConversationsAndAttachments1796174074677 implements MigrationInterface {
  name = 'ConversationsAndAttachments1796174074677';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachment" ("id" uuid NOT NULL, "project_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "message_id" uuid, "type" text NOT NULL, "file_name" text, "mime_type" text, "size" bigint, "sha256" text, "channel" text, "file_ref" text, "stored_at" TIMESTAMP WITH TIME ZONE, "fetch_lease_until" TIMESTAMP WITH TIME ZONE, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "attachment_unclaimed_idx" ON "attachment"  ("created_at") WHERE message_id IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "attachment_ticket_idx" ON "attachment"  ("ticket_id") `);
    await queryRunner.query(
      `CREATE TABLE "attachment_chunk" ("attachment_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_6b91b0666f899373de946dee00c" PRIMARY KEY ("attachment_id", "seq"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "chat_inbound_message" ("channel" text NOT NULL, "chat_id" text NOT NULL, "message_id" text NOT NULL, "project_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "ticket_message_id" uuid NOT NULL, "media_group_id" text, "group_head" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_67c6f198ec3fcea26a2ea3f5b01" PRIMARY KEY ("channel", "chat_id", "message_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "chat_inbound_message_group_uq" ON "chat_inbound_message"  ("channel", "chat_id", "media_group_id") WHERE group_head`,
    );
    await queryRunner.query(`ALTER TABLE "ticket_message" ADD "edited_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "ticket_message" ADD "edits" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `CREATE INDEX "ticket_chat_idx" ON "ticket"  ("channel", "chat_id") WHERE chat_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "FK_3d893c0f060fb56ec40cda984af" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "FK_4bb1cbae7bebc565a968dfe077f" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "FK_a09a40c2f66ab10dbe901fce29e" FOREIGN KEY ("message_id") REFERENCES "ticket_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment_chunk" ADD CONSTRAINT "FK_b3612ebdbf99fa515d2aead53cf" FOREIGN KEY ("attachment_id") REFERENCES "attachment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_inbound_message" ADD CONSTRAINT "FK_9f4141ea5608c1b821825ac9071" FOREIGN KEY ("ticket_message_id") REFERENCES "ticket_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Data: attachments stored before this migration were only a messenger file id in the message's
    // jsonb. Each becomes an attachment row (fetched from the messenger on first download) and the
    // message lists it in the new shape.
    await queryRunner.query(`
            WITH old AS (
                SELECT m.id AS message_id, m.ticket_id, t.project_id, t.channel, list.item, list.position, gen_random_uuid() AS attachment_id,
                       CASE WHEN list.item->>'type' = 'video_note' THEN 'video'
                            WHEN list.item->>'type' IN ('photo', 'document', 'video', 'audio', 'voice', 'sticker', 'animation') THEN list.item->>'type'
                            ELSE 'document' END AS type
                  FROM ticket_message m
                  JOIN ticket t ON t.id = m.ticket_id
                 CROSS JOIN LATERAL jsonb_array_elements(m.attachments) WITH ORDINALITY AS list(item, position)
                 WHERE jsonb_typeof(m.attachments) = 'array' AND list.item ? 'file_id' AND NOT list.item ? 'id'),
            inserted AS (
                INSERT INTO attachment (id, project_id, ticket_id, message_id, type, channel, file_ref)
                SELECT attachment_id, project_id, ticket_id, message_id, type, CASE WHEN channel = 'virtual' THEN NULL ELSE channel END, item->>'file_id' FROM old
                RETURNING id)
            UPDATE ticket_message m SET attachments = converted.list
              FROM (SELECT message_id,
                           jsonb_agg(jsonb_build_object('id', attachment_id, 'type', type, 'file_name', NULL, 'mime_type', NULL, 'size', NULL, 'error', NULL) ORDER BY position) AS list
                      FROM old GROUP BY message_id) converted
             WHERE m.id = converted.message_id AND (SELECT count(*) FROM inserted) >= 0`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "chat_inbound_message" DROP CONSTRAINT "FK_9f4141ea5608c1b821825ac9071"`);
    await queryRunner.query(`ALTER TABLE "attachment_chunk" DROP CONSTRAINT "FK_b3612ebdbf99fa515d2aead53cf"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_a09a40c2f66ab10dbe901fce29e"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_4bb1cbae7bebc565a968dfe077f"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_3d893c0f060fb56ec40cda984af"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_chat_idx"`);
    await queryRunner.query(`ALTER TABLE "ticket_message" DROP COLUMN "edits"`);
    await queryRunner.query(`ALTER TABLE "ticket_message" DROP COLUMN "edited_at"`);
    await queryRunner.query(`DROP INDEX "public"."chat_inbound_message_group_uq"`);
    await queryRunner.query(`DROP TABLE "chat_inbound_message"`);
    await queryRunner.query(`DROP TABLE "attachment_chunk"`);
    await queryRunner.query(`DROP INDEX "public"."attachment_ticket_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attachment_unclaimed_idx"`);
    await queryRunner.query(`DROP TABLE "attachment"`);
  }
}
