import { MigrationInterface, QueryRunner } from 'typeorm';
import { slaSqlStatements } from '../../sla/business-time-sql.js';

export class BusinessHours1796653397377 implements MigrationInterface {
  name = 'BusinessHours1796653397377';

  // Business hours and the automation settings of a project; a ticket's SLA due times stored (the list
  // filters and sorts on them), kept by the triggers of src/sla/sql/ticket-sla-due.sql.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "helpdesk_settings" ADD "business_hours" jsonb`);
    await queryRunner.query(`ALTER TABLE "helpdesk_settings" ADD "out_of_hours_reply" jsonb`);
    await queryRunner.query(`ALTER TABLE "helpdesk_settings" ADD "auto_close_waiting_days" integer`);
    await queryRunner.query(
      `ALTER TABLE "helpdesk_settings" ADD "auto_assign_on_reply" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "ticket" ADD "sla_first_reply_due_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "ticket" ADD "sla_resolve_due_at" TIMESTAMP WITH TIME ZONE`);
    // Written by hand: the functions and triggers, then the backfill (no project has business hours yet,
    // so plain hours from creation). Tickets of projects without SLA targets keep null and are skipped.
    for (const statement of slaSqlStatements()) await queryRunner.query(statement);
    await queryRunner.query(`UPDATE "ticket" t
        SET "sla_first_reply_due_at" = t."created_at" + s."sla_first_reply_hours" * interval '1 hour',
            "sla_resolve_due_at" = t."created_at" + s."sla_resolve_hours" * interval '1 hour'
       FROM "helpdesk_settings" s
      WHERE s."project_id" = t."project_id"
        AND (s."sla_first_reply_hours" IS NOT NULL OR s."sla_resolve_hours" IS NOT NULL)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS helpdesk_settings_sla_changed ON "helpdesk_settings"`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS ticket_sla_due ON "ticket"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS helpdesk_settings_sla_changed()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS ticket_sla_due_on_write()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS helpdesk_sla_due(timestamptz, int, jsonb)`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS helpdesk_business_seconds(timestamptz, timestamptz, jsonb)`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS helpdesk_business_add(timestamptz, double precision, jsonb)`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS helpdesk_business_day_windows(date, jsonb)`);
    await queryRunner.query(`ALTER TABLE "ticket" DROP COLUMN "sla_resolve_due_at"`);
    await queryRunner.query(`ALTER TABLE "ticket" DROP COLUMN "sla_first_reply_due_at"`);
    await queryRunner.query(`ALTER TABLE "helpdesk_settings" DROP COLUMN "auto_assign_on_reply"`);
    await queryRunner.query(`ALTER TABLE "helpdesk_settings" DROP COLUMN "auto_close_waiting_days"`);
    await queryRunner.query(`ALTER TABLE "helpdesk_settings" DROP COLUMN "out_of_hours_reply"`);
    await queryRunner.query(`ALTER TABLE "helpdesk_settings" DROP COLUMN "business_hours"`);
  }
}
