import { MigrationInterface, QueryRunner } from 'typeorm';

export class RfqsAndMatching1795841465206 implements MigrationInterface {
  name = 'RfqsAndMatching1795841465206';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."match_status" AS ENUM('NEW', 'VIEWED', 'DECLINED', 'QUOTED', 'AWARDED', 'NOT_AWARDED')`);
    await queryRunner.query(`CREATE TABLE "rfq_match" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rfq_id" uuid NOT NULL, "ikm_organization_id" uuid NOT NULL, "profile_id" uuid NOT NULL, "score" double precision NOT NULL, "initial_rank" integer NOT NULL, "breakdown" jsonb NOT NULL, "deliverable_quantity" integer NOT NULL, "engine_version" text NOT NULL, "status" "public"."match_status" NOT NULL DEFAULT 'NEW', "decline_reason" text, "source" text NOT NULL DEFAULT 'initial', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1e30c2ce73a348600df99709da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "rfq_match_ikm_idx" ON "rfq_match"  ("ikm_organization_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "rfq_match_rfq_ikm_key" ON "rfq_match"  ("rfq_id", "ikm_organization_id") `);
    await queryRunner.query(`CREATE TABLE "consortium_suggestion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rfq_id" uuid NOT NULL, "position" integer NOT NULL, "members" jsonb NOT NULL, "covered_quantity" integer NOT NULL, "score" double precision NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9aed33edfc97be4286a9be65c31" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "consortium_suggestion_rfq_position_key" ON "consortium_suggestion"  ("rfq_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."sector" AS ENUM('METAL', 'PLASTIC', 'AGRO')`);
    await queryRunner.query(`CREATE TYPE "public"."rfq_status" AS ENUM('OPEN', 'AWARDED', 'CLOSED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TYPE "public"."matching_status" AS ENUM('PENDING', 'DONE', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "rfq" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "buyer_organization_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "sector" "public"."sector" NOT NULL, "processes" text array NOT NULL, "materials" text array NOT NULL, "required_certifications" text array NOT NULL DEFAULT '{}', "quantity" integer NOT NULL, "unit" text NOT NULL, "target_unit_price" bigint, "delivery_lat" double precision NOT NULL, "delivery_lng" double precision NOT NULL, "needed_by" date NOT NULL, "quote_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "sealed" boolean NOT NULL DEFAULT false, "status" "public"."rfq_status" NOT NULL DEFAULT 'OPEN', "matching_status" "public"."matching_status" NOT NULL DEFAULT 'PENDING', "matching_version" integer NOT NULL DEFAULT '1', "matching_error" text, "matched_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "cancelled_at" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_395d59069aefd34028301b81af1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "rfq_open_sector_idx" ON "rfq"  ("sector") WHERE status = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX "rfq_buyer_created_idx" ON "rfq"  ("buyer_organization_id", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."rfq_buyer_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."rfq_open_sector_idx"`);
    await queryRunner.query(`DROP TABLE "rfq"`);
    await queryRunner.query(`DROP TYPE "public"."matching_status"`);
    await queryRunner.query(`DROP TYPE "public"."rfq_status"`);
    await queryRunner.query(`DROP TYPE "public"."sector"`);
    await queryRunner.query(`DROP INDEX "public"."consortium_suggestion_rfq_position_key"`);
    await queryRunner.query(`DROP TABLE "consortium_suggestion"`);
    await queryRunner.query(`DROP INDEX "public"."rfq_match_rfq_ikm_key"`);
    await queryRunner.query(`DROP INDEX "public"."rfq_match_ikm_idx"`);
    await queryRunner.query(`DROP TABLE "rfq_match"`);
    await queryRunner.query(`DROP TYPE "public"."match_status"`);
  }
}
