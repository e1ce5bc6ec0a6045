import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A customer's rating belongs to its ticket: deleting a ticket (DELETE /v1/helpdesk/tickets/{id}) took its
 * messages and history (ON DELETE CASCADE) but left its csat_rating rows, which the reports kept counting in
 * the CSAT of their day while the ticket itself was gone from every other figure. Ratings of tickets already
 * deleted go first; the foreign key then deletes them with their ticket (through csat_rating_closing_uq,
 * which starts with ticket_id).
 */
export class CsatRatingTicketCascade1796670100000 implements MigrationInterface {
  name = 'CsatRatingTicketCascade1796670100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "csat_rating" WHERE NOT EXISTS (SELECT 1 FROM "ticket" WHERE "ticket"."id" = "csat_rating"."ticket_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "csat_rating" ADD CONSTRAINT "csat_rating_ticket_fk" FOREIGN KEY ("ticket_id")
       REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "csat_rating" DROP CONSTRAINT "csat_rating_ticket_fk"`);
  }
}
