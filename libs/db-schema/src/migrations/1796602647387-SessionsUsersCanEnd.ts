import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionsUsersCanEnd1796602647387 implements MigrationInterface {
  name = 'SessionsUsersCanEnd1796602647387';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "password_reset_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "event_id" bigint NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_838af121380dfe3a6330e04f5bb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_reset_token_event_key" ON "password_reset_token"  ("event_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_reset_token_hash_key" ON "password_reset_token"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "password_reset_token_user_idx" ON "password_reset_token"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "session_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD "family_started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    // Families that exist already started with their first token.
    await queryRunner.query(`UPDATE "refresh_token" t SET "family_started_at" = f.started FROM (SELECT "family_id", min("created_at") AS started FROM "refresh_token" GROUP BY "family_id") f WHERE t."family_id" = f."family_id"`);
    await queryRunner.query(`ALTER TABLE "password_reset_token" ADD CONSTRAINT "FK_7eabb22ed38459ffc24dc8b415d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_reset_token" DROP CONSTRAINT "FK_7eabb22ed38459ffc24dc8b415d"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "family_started_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "session_version"`);
    await queryRunner.query(`DROP INDEX "public"."password_reset_token_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."password_reset_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."password_reset_token_event_key"`);
    await queryRunner.query(`DROP TABLE "password_reset_token"`);
  }
}
