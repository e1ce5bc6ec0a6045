import { MigrationInterface, QueryRunner } from 'typeorm';
import { creditFunctionStatements } from '../../credits/credit-functions.js';

export class CreditFunctionsFromFiles1796600000000 implements MigrationInterface {
  name = 'CreditFunctionsFromFiles1796600000000';

  // Written by hand: charge_reply_credit (ReplyCreditCharge) and refund_reply_credit (ReplyDeliveryRefund)
  // are (re)defined from their files in src/credits/sql, from now on the one place their rules are written
  // (CREATE OR REPLACE: same signatures and results as before). A later change to a file comes with a
  // migration like this one, which applies the files again.
  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of creditFunctionStatements()) await queryRunner.query(statement);
  }

  // The functions stay as they are: the migrations that created them drop them on their own way down.
  public async down(): Promise<void> {}
}
