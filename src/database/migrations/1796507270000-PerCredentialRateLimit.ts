import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The request budget belongs to a credential (the API key, each member session), not to the project:
 * the bucket is keyed by the hash of the credential's secret. The counts of the current minute are
 * dropped (every credential gets one fresh minute), as in a crash of the unlogged table.
 */
export class PerCredentialRateLimit1796507270000 implements MigrationInterface {
  name = 'PerCredentialRateLimit1796507270000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_bucket"`);
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limit_bucket" ("holder" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "PK_4a9f08d946abd1408426dfd3984" PRIMARY KEY ("holder", "window_start"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_bucket"`);
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limit_bucket" ("project_id" uuid NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "PK_d1272b4c9f64fee17f92d8bb906" PRIMARY KEY ("project_id", "window_start"))`,
    );
  }
}
