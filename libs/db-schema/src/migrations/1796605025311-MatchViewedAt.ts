import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchViewedAt1796605025311 implements MigrationInterface {
  name = 'MatchViewedAt1796605025311';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rfq_match" ADD "viewed_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rfq_match" DROP COLUMN "viewed_at"`);
  }
}
