import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables rows pass through (settled in seconds), with their vacuum tuned as queues need. */
const QUEUE_TABLES = ['outbox_event', 'messenger_processed_update'];

export class QueueTableVacuum1796300000000 implements MigrationInterface {
  name = 'QueueTableVacuum1796300000000';

  // The outbox claim walks the pending index in due order; every settled row leaves a dead entry there
  // until vacuum. With the default 20% threshold a table of millions of settled rows waits for hundreds of
  // thousands of dead ones, and each claim reads through them (measured: ~50 buffers per claim after a
  // vacuum, ~540 after some 300,000 settled rows).
  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of QUEUE_TABLES)
      await queryRunner.query(
        `ALTER TABLE "${table}" SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000, ` +
          `autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02)`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of QUEUE_TABLES)
      await queryRunner.query(
        `ALTER TABLE "${table}" RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold, ` +
          `autovacuum_vacuum_insert_scale_factor, autovacuum_analyze_scale_factor)`,
      );
  }
}
