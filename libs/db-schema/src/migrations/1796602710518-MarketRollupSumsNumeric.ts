import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rupiah sums in the rollups become numeric: a single amount is bounded (Rp 10^15), a sum is not,
 * and a bigint sum overflows at 9,223 deals at the bound. The trigger functions need no change:
 * they add with sum() (numeric for bigint input) and `column + excluded.column`, both numeric now.
 */
export class MarketRollupSumsNumeric1796602710518 implements MigrationInterface {
  name = 'MarketRollupSumsNumeric1796602710518';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['market_ikm_day', 'market_buyer_day']) {
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "deal_value" TYPE numeric, ALTER COLUMN "cancelled_value" TYPE numeric`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['market_ikm_day', 'market_buyer_day']) {
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "deal_value" TYPE bigint, ALTER COLUMN "cancelled_value" TYPE bigint`);
    }
  }
}
