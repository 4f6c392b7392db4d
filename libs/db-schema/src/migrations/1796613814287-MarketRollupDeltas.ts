import { MigrationInterface, QueryRunner } from 'typeorm';

/** The market rollups' delta tables (writers append here, the fold moves them into the rollups: no hot rows) and the fold's mark. */
export class MarketRollupDeltas1796613814287 implements MigrationInterface {
  name = 'MarketRollupDeltas1796613814287';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "market_rfq_day_delta" ("id" BIGSERIAL NOT NULL, "day" date NOT NULL, "sector" text NOT NULL, "buyer_organization_id" uuid NOT NULL, "rfqs_posted" integer NOT NULL DEFAULT '0', "rfqs_matched" integer NOT NULL DEFAULT '0', "rfqs_quoted" integer NOT NULL DEFAULT '0', "rfqs_awarded" integer NOT NULL DEFAULT '0', "rfqs_open" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_1091065f14b771010402be3d831" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "market_ikm_day_delta" ("id" BIGSERIAL NOT NULL, "day" date NOT NULL, "sector" text NOT NULL, "kecamatan_code" text NOT NULL, "quotes" integer NOT NULL DEFAULT '0', "deals" integer NOT NULL DEFAULT '0', "deal_value" numeric NOT NULL DEFAULT '0', "deals_completed" integer NOT NULL DEFAULT '0', "deals_cancelled" integer NOT NULL DEFAULT '0', "cancelled_value" numeric NOT NULL DEFAULT '0', CONSTRAINT "PK_79feafb8f0f6347ba26e11d8936" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "market_buyer_day_delta" ("id" BIGSERIAL NOT NULL, "day" date NOT NULL, "sector" text NOT NULL, "buyer_organization_id" uuid NOT NULL, "kecamatan_code" text NOT NULL, "deals" integer NOT NULL DEFAULT '0', "deal_value" numeric NOT NULL DEFAULT '0', "deals_cancelled" integer NOT NULL DEFAULT '0', "cancelled_value" numeric NOT NULL DEFAULT '0', CONSTRAINT "PK_9ecdacd11d36fe50a9aac150084" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "market_first_quote_delta" ("id" BIGSERIAL NOT NULL, "day" date NOT NULL, "sector" text NOT NULL, "hours" integer NOT NULL, "rfqs" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_5ee20b642c377f2c59fc418998e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "market_ikm_activity_delta" ("id" BIGSERIAL NOT NULL, "day" date NOT NULL, "sector" text NOT NULL, "ikm_organization_id" uuid NOT NULL, "kecamatan_code" text NOT NULL, "quotes" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_3a3d0fe2fcbff990fac5ff64caa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "market_ikm_total_delta" ("id" BIGSERIAL NOT NULL, "sector" text NOT NULL, "kecamatan_code" text NOT NULL, "ikms" integer NOT NULL DEFAULT '0', "verified" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_70c677e1c2ca42400e781796473" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "market_rfq_recount" ("id" BIGSERIAL NOT NULL, "rfq_id" uuid NOT NULL, CONSTRAINT "PK_995de2c516353833367375dd81c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "market_fold_mark" ("id" smallint NOT NULL, "folded_through" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_10e18b2cf11320d3ac76b557ec9" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "market_fold_mark"`);
    await queryRunner.query(`DROP TABLE "market_rfq_recount"`);
    await queryRunner.query(`DROP TABLE "market_ikm_total_delta"`);
    await queryRunner.query(`DROP TABLE "market_ikm_activity_delta"`);
    await queryRunner.query(`DROP TABLE "market_first_quote_delta"`);
    await queryRunner.query(`DROP TABLE "market_buyer_day_delta"`);
    await queryRunner.query(`DROP TABLE "market_ikm_day_delta"`);
    await queryRunner.query(`DROP TABLE "market_rfq_day_delta"`);
  }
}
