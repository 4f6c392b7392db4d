import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quotes (revisions, one current per RFQ × IKM), deals with their history and ratings. deal_status
 * is shared by deal and deal_event: created once, dropped once.
 */
export class QuotesAndDeals1795847092798 implements MigrationInterface {
  name = 'QuotesAndDeals1795847092798';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."quote_status" AS ENUM('SUBMITTED', 'WITHDRAWN', 'AWARDED', 'REJECTED')`);
    await queryRunner.query(`CREATE TABLE "quote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rfq_id" uuid NOT NULL, "ikm_organization_id" uuid NOT NULL, "match_id" uuid NOT NULL, "submitted_by_user_id" uuid, "revision" integer NOT NULL, "current" boolean NOT NULL DEFAULT true, "unit_price" bigint NOT NULL, "quantity" integer NOT NULL, "lead_time_days" integer NOT NULL, "valid_until" date NOT NULL, "notes" text, "status" "public"."quote_status" NOT NULL DEFAULT 'SUBMITTED', "withdrawn_at" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "quote_lead_time_days_check" CHECK ("lead_time_days" > 0), CONSTRAINT "quote_quantity_check" CHECK ("quantity" > 0), CONSTRAINT "quote_unit_price_check" CHECK ("unit_price" > 0), CONSTRAINT "PK_b772d4cb09e587c8c72a78d2439" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "quote_ikm_created_idx" ON "quote"  ("ikm_organization_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "quote_current_key" ON "quote"  ("rfq_id", "ikm_organization_id") WHERE current`);
    await queryRunner.query(`CREATE UNIQUE INDEX "quote_rfq_ikm_revision_key" ON "quote"  ("rfq_id", "ikm_organization_id", "revision") `);
    await queryRunner.query(`CREATE TYPE "public"."deal_status" AS ENUM('AWARDED', 'PO_ISSUED', 'IN_PRODUCTION', 'DELIVERED', 'COMPLETED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "deal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rfq_id" uuid NOT NULL, "quote_id" uuid NOT NULL, "buyer_organization_id" uuid NOT NULL, "ikm_organization_id" uuid NOT NULL, "quantity" integer NOT NULL, "unit_price" bigint NOT NULL, "value" bigint NOT NULL, "status" "public"."deal_status" NOT NULL DEFAULT 'AWARDED', "needed_by" date NOT NULL, "delivered_on" date, "delivered_on_time" boolean, "completed_at" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deal_value_check" CHECK ("value" > 0), CONSTRAINT "deal_quantity_check" CHECK ("quantity" > 0), CONSTRAINT "PK_9ce1c24acace60f6d7dc7a7189e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "deal_created_idx" ON "deal"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "deal_ikm_created_idx" ON "deal"  ("ikm_organization_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "deal_buyer_created_idx" ON "deal"  ("buyer_organization_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "deal_rfq_idx" ON "deal"  ("rfq_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "deal_quote_key" ON "deal"  ("quote_id") `);
    await queryRunner.query(`CREATE TABLE "deal_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "deal_id" uuid NOT NULL, "status" "public"."deal_status" NOT NULL, "note" text, "by_user_id" uuid, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4028105cf4fef4c98657a0607a0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "deal_event_deal_at_idx" ON "deal_event"  ("deal_id", "at") `);
    await queryRunner.query(`CREATE TYPE "public"."deal_side" AS ENUM('BUYER', 'IKM')`);
    await queryRunner.query(`CREATE TABLE "deal_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deal_id" uuid NOT NULL, "side" "public"."deal_side" NOT NULL, "by_organization_id" uuid NOT NULL, "by_user_id" uuid, "rated_organization_id" uuid NOT NULL, "quality" smallint, "delivery" smallint, "payment_punctuality" smallint, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deal_rating_scores_check" CHECK (("side" = 'BUYER' AND "quality" BETWEEN 1 AND 5 AND "delivery" BETWEEN 1 AND 5 AND "payment_punctuality" IS NULL)
  OR ("side" = 'IKM' AND "payment_punctuality" BETWEEN 1 AND 5 AND "quality" IS NULL AND "delivery" IS NULL)), CONSTRAINT "PK_c104cec554f1fb8db9ead64dc4e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "deal_rating_rated_idx" ON "deal_rating"  ("rated_organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "deal_rating_deal_side_key" ON "deal_rating"  ("deal_id", "side") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."deal_rating_deal_side_key"`);
    await queryRunner.query(`DROP INDEX "public"."deal_rating_rated_idx"`);
    await queryRunner.query(`DROP TABLE "deal_rating"`);
    await queryRunner.query(`DROP TYPE "public"."deal_side"`);
    await queryRunner.query(`DROP INDEX "public"."deal_event_deal_at_idx"`);
    await queryRunner.query(`DROP TABLE "deal_event"`);
    await queryRunner.query(`DROP INDEX "public"."deal_quote_key"`);
    await queryRunner.query(`DROP INDEX "public"."deal_rfq_idx"`);
    await queryRunner.query(`DROP INDEX "public"."deal_buyer_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."deal_ikm_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."deal_created_idx"`);
    await queryRunner.query(`DROP TABLE "deal"`);
    await queryRunner.query(`DROP TYPE "public"."deal_status"`);
    await queryRunner.query(`DROP INDEX "public"."quote_rfq_ikm_revision_key"`);
    await queryRunner.query(`DROP INDEX "public"."quote_current_key"`);
    await queryRunner.query(`DROP INDEX "public"."quote_ikm_created_idx"`);
    await queryRunner.query(`DROP TABLE "quote"`);
    await queryRunner.query(`DROP TYPE "public"."quote_status"`);
  }
}
