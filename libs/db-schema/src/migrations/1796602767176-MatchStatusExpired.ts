import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchStatusExpired1796602767176 implements MigrationInterface {
  name = 'MatchStatusExpired1796602767176';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."match_status" ADD VALUE 'EXPIRED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."match_status_old" AS ENUM('NEW', 'VIEWED', 'DECLINED', 'QUOTED', 'AWARDED', 'NOT_AWARDED')`);
    await queryRunner.query(`ALTER TABLE "rfq_match" ALTER COLUMN "status" TYPE "public"."match_status_old" USING "status"::"text"::"public"."match_status_old"`);
    await queryRunner.query(`DROP TYPE "public"."match_status"`);
    await queryRunner.query(`ALTER TYPE "public"."match_status_old" RENAME TO "match_status"`);
  }
}
