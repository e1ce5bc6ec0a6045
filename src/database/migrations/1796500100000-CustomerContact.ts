import { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerContact1796500100000 implements MigrationInterface {
  name = 'CustomerContact1796500100000';

  // `contacted_at`: when the chat itself first reached the project (its help link, an accepted request, a
  // message in one of its tickets). Only such a customer may be written to over the API or MCP; null for a
  // virtual customer and for a chat row the API created before that rule (see the backfill below).
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subscriber" ADD "contacted_at" TIMESTAMP WITH TIME ZONE`);
    // Written by hand: the table did not record who created a row. A chat row written by an API ticket
    // creation has exactly its first ticket's created_at (one transaction, one now()); every other chat row
    // came from the bot (help link, request consent). Such an API-created row still counts when the chat
    // shows contact: a message it wrote in the project's tickets, a request it accepted, or the project it
    // is bound to now (its last deep link).
    await queryRunner.query(`UPDATE "subscriber" s SET "contacted_at" = s."created_at"
      WHERE s."chat_id" IS NOT NULL AND (
        NOT EXISTS (SELECT 1 FROM "ticket" t WHERE t."subscriber_id" = s."id" AND t."created_at" = s."created_at")
        OR EXISTS (SELECT 1 FROM "chat_inbound_message" m WHERE m."channel" = s."channel"
                     AND m."chat_id" = s."chat_id"::text AND m."project_id" = s."project_id")
        OR EXISTS (SELECT 1 FROM "helpdesk_request" r WHERE r."subscriber_id" = s."id")
        OR EXISTS (SELECT 1 FROM "messenger_chat" c WHERE c."channel" = s."channel"
                     AND c."chat_id" = s."chat_id"::text AND c."project_id" = s."project_id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subscriber" DROP COLUMN "contacted_at"`);
  }
}
