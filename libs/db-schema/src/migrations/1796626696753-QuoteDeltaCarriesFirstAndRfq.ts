import { MigrationInterface, QueryRunner } from 'typeorm';

/** A new quote appends one delta row: its first revision and its RFQ (to recount) ride on the activity delta. */
export class QuoteDeltaCarriesFirstAndRfq1796626696753 implements MigrationInterface {
  name = 'QuoteDeltaCarriesFirstAndRfq1796626696753';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "market_ikm_activity_delta" ADD "first_quotes" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "market_ikm_activity_delta" ADD "rfq_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "market_ikm_activity_delta" DROP COLUMN "rfq_id"`);
    await queryRunner.query(`ALTER TABLE "market_ikm_activity_delta" DROP COLUMN "first_quotes"`);
  }
}
