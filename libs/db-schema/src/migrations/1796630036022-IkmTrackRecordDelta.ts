import { MigrationInterface, QueryRunner } from 'typeorm';

/** ikm_track_record's pending counter changes: matching jobs append here instead of updating the IKM's shared row. */
export class IkmTrackRecordDelta1796630036022 implements MigrationInterface {
  name = 'IkmTrackRecordDelta1796630036022';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "ikm_track_record_delta" ("id" BIGSERIAL NOT NULL, "organization_id" uuid NOT NULL, "matches_received" integer NOT NULL DEFAULT '0', "quotes_submitted" integer NOT NULL DEFAULT '0', "open_matches" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_27f85a728c0b73ff4c36cb70b8a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ikm_track_record_delta_org_idx" ON "ikm_track_record_delta"  ("organization_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ikm_track_record_delta_org_idx"`);
    await queryRunner.query(`DROP TABLE "ikm_track_record_delta"`);
  }
}
