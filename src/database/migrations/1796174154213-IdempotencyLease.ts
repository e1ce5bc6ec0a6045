import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyLease1796174154213 implements MigrationInterface {
  name = 'IdempotencyLease1796174154213';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_key" ADD "lease_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "idempotency_key" ADD "lease_owner" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_key" DROP COLUMN "lease_owner"`);
    await queryRunner.query(`ALTER TABLE "idempotency_key" DROP COLUMN "lease_expires_at"`);
  }
}
