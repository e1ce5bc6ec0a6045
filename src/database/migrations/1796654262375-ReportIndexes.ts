import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reports count each agent's public replies in a date range (GET /v1/helpdesk/reports). ticket_message
 * has no project column and was indexed only by ticket, so that count read the whole table, every
 * project's messages, once per member: 10 agents over 240,000 messages took about 640 ms of a year's
 * report in bench/reports.mjs. Partial, on exactly the rows counted (public replies of a member), so the
 * count is an index-only scan.
 */
export class ReportIndexes1796654262375 implements MigrationInterface {
  name = 'ReportIndexes1796654262375';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ticket_message_member_reply_idx" ON "ticket_message" ("member_id", "created_at") WHERE member_id IS NOT NULL AND author = 'agent' AND NOT internal`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ticket_message_member_reply_idx"`);
  }
}
