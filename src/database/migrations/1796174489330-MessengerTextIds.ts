import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Max message ids (`mid.…`) and Max update keys are strings: the messenger id columns become text. Altered in
 * place (the generated drop-and-add would have lost the rows); primary keys keep their names.
 */
export class MessengerTextIds1796174489330 implements MigrationInterface {
  name = 'MessengerTextIds1796174489330';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "chat_ticket_message" ALTER COLUMN "message_id" TYPE text USING "message_id"::text`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_outbound_part" ALTER COLUMN "message_id" TYPE text USING "message_id"::text`,
    );
    await queryRunner.query(
      `ALTER TABLE "messenger_processed_update" ALTER COLUMN "update_id" TYPE text USING "update_id"::text`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Rows with non-numeric ids (Max) cannot be kept in bigint columns.
    await queryRunner.query(`DELETE FROM "messenger_processed_update" WHERE "update_id" !~ '^-?[0-9]+$'`);
    await queryRunner.query(`DELETE FROM "chat_outbound_part" WHERE "message_id" !~ '^-?[0-9]+$'`);
    await queryRunner.query(`DELETE FROM "chat_ticket_message" WHERE "message_id" !~ '^-?[0-9]+$'`);
    await queryRunner.query(
      `ALTER TABLE "messenger_processed_update" ALTER COLUMN "update_id" TYPE bigint USING "update_id"::bigint`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_outbound_part" ALTER COLUMN "message_id" TYPE bigint USING "message_id"::bigint`,
    );
    await queryRunner.query(
      `ALTER TABLE "chat_ticket_message" ALTER COLUMN "message_id" TYPE bigint USING "message_id"::bigint`,
    );
  }
}
