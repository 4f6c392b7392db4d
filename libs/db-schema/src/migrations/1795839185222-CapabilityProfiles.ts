import { MigrationInterface, QueryRunner } from 'typeorm';

export class CapabilityProfiles1795839185222 implements MigrationInterface {
  name = 'CapabilityProfiles1795839185222';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "capability_profile" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "organization_name" text NOT NULL, "sectors" text array NOT NULL, "processes" text array NOT NULL, "materials" text array NOT NULL, "certification_codes" text array NOT NULL, "certifications" jsonb NOT NULL, "kbli" jsonb NOT NULL, "monthly_capacity" integer NOT NULL, "capacity_unit" text NOT NULL, "min_order_quantity" integer NOT NULL, "lead_time_days" integer NOT NULL, "kecamatan_code" text, "lat" double precision, "lng" double precision, "machines" text array NOT NULL DEFAULT '{}', "workforce" integer, "verified" boolean NOT NULL DEFAULT false, "verified_at" TIMESTAMP WITH TIME ZONE, "revision" integer NOT NULL DEFAULT '1', "search_text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "capability_profile_verified_check" CHECK ("verified" = ("verified_at" IS NOT NULL)), CONSTRAINT "capability_profile_location_check" CHECK (("lat" IS NULL) = ("lng" IS NULL)), CONSTRAINT "capability_profile_lead_time_days_check" CHECK ("lead_time_days" > 0), CONSTRAINT "capability_profile_min_order_quantity_check" CHECK ("min_order_quantity" > 0), CONSTRAINT "capability_profile_monthly_capacity_check" CHECK ("monthly_capacity" > 0), CONSTRAINT "PK_912440ff6346af77192b26aec97" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "capability_profile_organization_key" ON "capability_profile"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "capability_profile_kecamatan_idx" ON "capability_profile"  ("kecamatan_code") `);
    await queryRunner.query(`CREATE TABLE "profile_verification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "profile_id" uuid NOT NULL, "verified_by_user_id" uuid NOT NULL, "note" text, "verified_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cleared_at" TIMESTAMP WITH TIME ZONE, "cleared_reason" text, CONSTRAINT "PK_25cd4a217bb2e3080f19984c492" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "profile_verification_profile_idx" ON "profile_verification"  ("profile_id", "verified_at") `);
    // By hand from here (TypeORM cannot express these; the entities declare the index names with
    // synchronize: false). One multicolumn GIN over the kecamatan and the code arrays serves `@>` /
    // `&&` / `=` on any subset of them; within one GIN scan the rare keys (a kecamatan, a rare
    // process) let GIN skip through the long posting lists (METAL, BENDING), where separate indexes
    // would each build a large bitmap first. btree_gin gives GIN the text equality for kecamatan_code.
    // Trigram GIN serves ILIKE search.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(`CREATE INDEX "capability_profile_facets_gin" ON "capability_profile" USING gin ("kecamatan_code", "sectors", "processes", "materials", "certification_codes")`);
    await queryRunner.query(`CREATE INDEX "capability_profile_search_trgm" ON "capability_profile" USING gin ("search_text" gin_trgm_ops)`);
    // Keyset pagination order: by organization name (case-insensitive), then id.
    await queryRunner.query(`CREATE INDEX "capability_profile_name_order_idx" ON "capability_profile" (lower("organization_name"), "id")`);
    // organization_name and search_text follow the organization and the machines whoever writes the row.
    // search_text is stored in lower case and searched with LIKE lower(pattern): the same answers as
    // ILIKE, but the recheck of each candidate row costs about half.
    await queryRunner.query(`CREATE FUNCTION "capability_profile_derive_columns"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.organization_name := coalesce((SELECT o.name FROM organization o WHERE o.id = NEW.organization_id), '');
        NEW.search_text := lower(NEW.organization_name || E'\n' || array_to_string(NEW.machines, E'\n'));
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "capability_profile_derive_columns" BEFORE INSERT OR UPDATE ON "capability_profile"
      FOR EACH ROW EXECUTE FUNCTION "capability_profile_derive_columns"()`);
    await queryRunner.query(`CREATE FUNCTION "organization_name_to_capability_profile"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE capability_profile SET organization_name = NEW.name WHERE organization_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "organization_name_to_capability_profile" AFTER UPDATE OF "name" ON "organization"
      FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION "organization_name_to_capability_profile"()`);
    await queryRunner.query(`ALTER TABLE "capability_profile" ADD CONSTRAINT "FK_1ce4af7137af504af19fa3ac4c0" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "profile_verification" ADD CONSTRAINT "FK_79c315ae49aab08b8f7b6955f8d" FOREIGN KEY ("profile_id") REFERENCES "capability_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "profile_verification" ADD CONSTRAINT "FK_2a0a7e8b3a4c7e292879950e1f6" FOREIGN KEY ("verified_by_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "organization_name_to_capability_profile" ON "organization"`);
    await queryRunner.query(`DROP FUNCTION "organization_name_to_capability_profile"()`);
    await queryRunner.query(`DROP TRIGGER "capability_profile_derive_columns" ON "capability_profile"`);
    await queryRunner.query(`DROP FUNCTION "capability_profile_derive_columns"()`);
    await queryRunner.query(`DROP INDEX "public"."capability_profile_name_order_idx"`);
    await queryRunner.query(`DROP INDEX "public"."capability_profile_search_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."capability_profile_facets_gin"`);
    await queryRunner.query(`ALTER TABLE "profile_verification" DROP CONSTRAINT "FK_2a0a7e8b3a4c7e292879950e1f6"`);
    await queryRunner.query(`ALTER TABLE "profile_verification" DROP CONSTRAINT "FK_79c315ae49aab08b8f7b6955f8d"`);
    await queryRunner.query(`ALTER TABLE "capability_profile" DROP CONSTRAINT "FK_1ce4af7137af504af19fa3ac4c0"`);
    await queryRunner.query(`DROP INDEX "public"."profile_verification_profile_idx"`);
    await queryRunner.query(`DROP TABLE "profile_verification"`);
    await queryRunner.query(`DROP INDEX "public"."capability_profile_kecamatan_idx"`);
    await queryRunner.query(`DROP INDEX "public"."capability_profile_organization_key"`);
    await queryRunner.query(`DROP TABLE "capability_profile"`);
  }
}
