import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchLiveRankIndex1796654261619 implements MigrationInterface {
  name = 'MatchLiveRankIndex1796654261619';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "rfq_match_live_rank_idx" ON "rfq_match"  ("rfq_id", "score", "profile_id") WHERE "status" <> 'EXPIRED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."rfq_match_live_rank_idx"`);
  }
}
