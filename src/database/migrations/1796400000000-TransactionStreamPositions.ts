import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live-event positions now come from the writing transaction's id (src/outbox/stream-positions.ts), so
 * the per-project counter row every ticket write locked until COMMIT goes. New positions start far above
 * every position the counters gave (`xid << 20`), so a client resuming from an old position loses nothing;
 * the check below refuses to migrate a database where that would not hold.
 */
export class TransactionStreamPositions1796400000000 implements MigrationInterface {
  name = 'TransactionStreamPositions1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$
      BEGIN
        IF (SELECT max(last_position) FROM project_event_counter)
           >= pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 20 THEN
          RAISE EXCEPTION 'a project''s event position is above the transaction-id positions';
        END IF;
      END $$`);
    await queryRunner.query(`DROP TABLE "project_event_counter"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "project_event_counter" ("project_id" uuid NOT NULL, "last_position" bigint NOT NULL, CONSTRAINT "PK_acb83b5bd9f7a8f442a6ec21a60" PRIMARY KEY ("project_id"))`,
    );
    await queryRunner.query(`INSERT INTO project_event_counter (project_id, last_position)
      SELECT project_id, max(stream_position) FROM outbox_event WHERE stream_position IS NOT NULL GROUP BY project_id`);
  }
}
