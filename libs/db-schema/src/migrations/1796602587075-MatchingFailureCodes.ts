import { MigrationInterface, QueryRunner } from 'typeorm';

/** rfq.matching_error held exception messages; it now holds a MatchingFailureCode. */
export class MatchingFailureCodes1796602587075 implements MigrationInterface {
  name = 'MatchingFailureCodes1796602587075';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "rfq" SET "matching_error" = 'MATCHING_FAILED' WHERE "matching_error" IS NOT NULL AND "matching_error" NOT IN ('PROFILE_INDEX_UNAVAILABLE', 'MATCHING_FAILED')`);
  }

  public async down(): Promise<void> {
    // The old messages are gone; the codes read fine as text.
  }
}
