import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agents filter their open queues by tag or words ("new tickets tagged vip", "waiting tickets about a
 * refund"), while most tickets of a live helpdesk are closed. With only the all-tickets GIN indexes,
 * PostgreSQL reads the posting list of every `vip` ticket ever tagged and intersects it with the status
 * index. These partial GIN indexes hold open tickets only, with the status next to the tags or lexemes
 * (btree_gin), so the index scan returns just the matching open tickets. Closed-ticket and status-less
 * searches keep using ticket_tags_gin_idx and ticket_search_gin_idx. Written by hand: TypeORM cannot
 * declare `USING gin`.
 */
export class OpenTicketGinIndexes1795457002572 implements MigrationInterface {
  name = 'OpenTicketGinIndexes1795457002572';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // btree_gin is a trusted contrib extension: the database owner may create it without superuser.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(
      `CREATE INDEX "ticket_open_status_tags_gin_idx" ON "ticket" USING gin ("status", "tags") WHERE "status" <> 'closed'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ticket_open_status_search_gin_idx" ON "ticket" USING gin ("status", "search_vector") WHERE "status" <> 'closed'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ticket_open_status_search_gin_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ticket_open_status_tags_gin_idx"`);
  }
}
