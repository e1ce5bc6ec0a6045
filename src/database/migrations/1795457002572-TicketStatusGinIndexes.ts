import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The tag and full-text filters are almost always combined with a status ("new tickets tagged vip"). With
 * separate GIN and btree indexes PostgreSQL intersects a bitmap of every `vip` ticket with one of every
 * `new` ticket; btree_gin lets one GIN index hold status next to the tags or lexemes, so the index scan
 * returns only the tickets that match both. Written by hand: TypeORM cannot declare `USING gin`.
 */
export class TicketStatusGinIndexes1795457002572 implements MigrationInterface {
    name = 'TicketStatusGinIndexes1795457002572'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // btree_gin is a trusted contrib extension: the database owner may create it without superuser.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
        await queryRunner.query(`DROP INDEX "public"."ticket_tags_gin_idx"`);
        await queryRunner.query(`DROP INDEX "public"."ticket_search_gin_idx"`);
        await queryRunner.query(`CREATE INDEX "ticket_status_tags_gin_idx" ON "ticket" USING gin ("status", "tags")`);
        await queryRunner.query(`CREATE INDEX "ticket_status_search_gin_idx" ON "ticket" USING gin ("status", "search_vector")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ticket_status_search_gin_idx"`);
        await queryRunner.query(`DROP INDEX "public"."ticket_status_tags_gin_idx"`);
        await queryRunner.query(`CREATE INDEX "ticket_search_gin_idx" ON "ticket" USING gin ("search_vector")`);
        await queryRunner.query(`CREATE INDEX "ticket_tags_gin_idx" ON "ticket" USING gin ("tags")`);
    }

}
