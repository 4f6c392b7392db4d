import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by `npm run db:functions`: profile-vector.sql with matching_codebook(), matching_vector_refresh()
 * and matching_vector_counters() generated from the packed row layout (packed-row-layout.ts). Same
 * statements as before, laid out differently; no row changes.
 */
export class MatchingProfileVectorFromLayout1796605692017 implements MigrationInterface {
  name = 'MatchingProfileVectorFromLayout1796605692017';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // libs/matching-index/sql/profile-vector.sql
    await queryRunner.query(`-- The matching index's packed profile rows (matching_profile_vector), kept in step by triggers in the
-- writing transaction: statement-level, so a million-row insert refreshes its rows in one statement.
-- Current state: edit here, then \`npm run db:functions\` writes the migration that applies it.

CREATE OR REPLACE FUNCTION public.matching_code_mask(codes text[], book text[])
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
        SELECT coalesce(bit_or(1 << (array_position(book, c) - 1)), 0) FROM unnest(codes) c WHERE array_position(book, c) IS NOT NULL
      $function$;

CREATE OR REPLACE FUNCTION public.matching_vector_on_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        IF TG_TABLE_NAME = 'organization' THEN
          PERFORM matching_vector_refresh(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.suspended IS DISTINCT FROM o.suspended));
        ELSIF TG_TABLE_NAME = 'ikm_track_record' THEN
          PERFORM matching_vector_counters(ARRAY(SELECT organization_id FROM new_rows));
        ELSE
          PERFORM matching_vector_refresh(ARRAY(SELECT organization_id FROM new_rows));
        END IF;
        RETURN NULL;
      END $function$;

-- BEGIN GENERATED from libs/matching-index/src/packed-row-layout.ts by \`npm run db:functions\`; do not edit by hand
CREATE OR REPLACE FUNCTION public.matching_codebook()
 RETURNS jsonb
 LANGUAGE sql
 IMMUTABLE
AS $function$
  SELECT jsonb_build_object('sectors', to_jsonb(ARRAY['METAL', 'PLASTIC', 'AGRO']::text[]), 'processes', to_jsonb(ARRAY['LASER_CUTTING', 'PLASMA_CUTTING', 'SHEARING', 'BENDING', 'STAMPING', 'DEEP_DRAWING', 'CNC_TURNING', 'CNC_MILLING', 'CONVENTIONAL_TURNING', 'WELDING_MIG', 'WELDING_TIG', 'WELDING_SMAW', 'CASTING', 'FORGING', 'GALVANIZING', 'POWDER_COATING', 'INJECTION_MOULDING', 'BLOW_MOULDING', 'EXTRUSION', 'THERMOFORMING', 'ROTATIONAL_MOULDING', 'DRYING', 'GRAIN_MILLING', 'ROASTING', 'FRYING', 'FERMENTATION', 'PACKAGING', 'COLD_STORAGE']::text[]),
                            'materials', to_jsonb(ARRAY['SPCC', 'SPHC', 'SS400', 'S45C', 'SUS304', 'SUS201', 'AL5052', 'AL6061', 'GALVANIZED_STEEL', 'BRASS', 'COPPER', 'CAST_IRON', 'HDPE', 'LDPE', 'PP', 'ABS', 'PVC', 'PET', 'PS', 'PC', 'NYLON', 'COFFEE_BEAN', 'TEA_LEAF', 'CASSAVA', 'SOYBEAN', 'PALM_SUGAR', 'RICE', 'CORN']::text[]), 'certifications', to_jsonb(ARRAY['SNI', 'SPPT_SNI', 'ISO_9001', 'ISO_14001', 'HALAL', 'TKDN']::text[]))
$function$;

CREATE OR REPLACE FUNCTION public.matching_vector_refresh(orgs uuid[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
  BEGIN
    INSERT INTO matching_profile_vector AS v (profile_id, organization_id, packed)
    SELECT p.id, p.organization_id,
           uuid_send(p.id)
           || int2send(matching_code_mask(p.sectors, ARRAY['METAL', 'PLASTIC', 'AGRO']::text[])::int2)
           || int4send(matching_code_mask(p.processes, ARRAY['LASER_CUTTING', 'PLASMA_CUTTING', 'SHEARING', 'BENDING', 'STAMPING', 'DEEP_DRAWING', 'CNC_TURNING', 'CNC_MILLING', 'CONVENTIONAL_TURNING', 'WELDING_MIG', 'WELDING_TIG', 'WELDING_SMAW', 'CASTING', 'FORGING', 'GALVANIZING', 'POWDER_COATING', 'INJECTION_MOULDING', 'BLOW_MOULDING', 'EXTRUSION', 'THERMOFORMING', 'ROTATIONAL_MOULDING', 'DRYING', 'GRAIN_MILLING', 'ROASTING', 'FRYING', 'FERMENTATION', 'PACKAGING', 'COLD_STORAGE']::text[]))
           || int4send(matching_code_mask(p.materials, ARRAY['SPCC', 'SPHC', 'SS400', 'S45C', 'SUS304', 'SUS201', 'AL5052', 'AL6061', 'GALVANIZED_STEEL', 'BRASS', 'COPPER', 'CAST_IRON', 'HDPE', 'LDPE', 'PP', 'ABS', 'PVC', 'PET', 'PS', 'PC', 'NYLON', 'COFFEE_BEAN', 'TEA_LEAF', 'CASSAVA', 'SOYBEAN', 'PALM_SUGAR', 'RICE', 'CORN']::text[]))
           || int2send(matching_code_mask(p.certification_codes, ARRAY['SNI', 'SPPT_SNI', 'ISO_9001', 'ISO_14001', 'HALAL', 'TKDN']::text[])::int2)
           || (SELECT string_agg(int4send(coalesce(e.day, 0)), ''::bytea ORDER BY b.bit)
                 FROM generate_series(1, 8) b(bit)
                 LEFT JOIN LATERAL (
                   SELECT max(CASE WHEN c->>'validUntil' IS NULL THEN 65535
                                   ELSE least(greatest((c->>'validUntil')::date - DATE '1970-01-01', 1), 65534) END) AS day
                     FROM jsonb_array_elements(p.certifications) c
                    WHERE c->>'code' = (ARRAY['SNI', 'SPPT_SNI', 'ISO_9001', 'ISO_14001', 'HALAL', 'TKDN']::text[])[b.bit]
                 ) e ON true)
           || int4send(p.monthly_capacity)
           || int4send(p.min_order_quantity)
           || int4send(p.lead_time_days)
           || int2send((p.verified::int | (o.suspended::int << 1) | ((p.lat IS NOT NULL)::int << 2))::int2)
           || int4send(coalesce(round(p.lat * 1e6)::int, 0))
           || int4send(coalesce(round(p.lng * 1e6)::int, 0))
           || int4send(coalesce(t.completed_deals, 0))
           || int4send(coalesce(t.on_time_deliveries, 0))
           || int4send(coalesce(t.quotes_submitted, 0))
           || int4send(coalesce(t.matches_received, 0))
           || int4send(coalesce(t.open_matches, 0))
      FROM capability_profile p
      JOIN organization o ON o.id = p.organization_id
      LEFT JOIN ikm_track_record t ON t.organization_id = p.organization_id
     WHERE p.organization_id = ANY(orgs)
     ORDER BY p.id
    ON CONFLICT (profile_id) DO UPDATE SET packed = excluded.packed, organization_id = excluded.organization_id, updated_at = now();
  END $function$;

-- Every matching job changes the counters of the IKMs it matched: only their 20 bytes are
-- rewritten, rows locked in profile order (two jobs sharing IKMs cannot deadlock).
CREATE OR REPLACE FUNCTION public.matching_vector_counters(orgs uuid[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
  BEGIN
    WITH target AS (
      SELECT v.profile_id, t.completed_deals, t.on_time_deliveries, t.quotes_submitted, t.matches_received, t.open_matches
        FROM ikm_track_record t
        JOIN capability_profile p ON p.organization_id = t.organization_id
        JOIN matching_profile_vector v ON v.profile_id = p.id
       WHERE t.organization_id = ANY(orgs)
       ORDER BY v.profile_id
         FOR UPDATE OF v
    )
    UPDATE matching_profile_vector v
       SET packed = overlay(v.packed PLACING int4send(target.completed_deals) || int4send(target.on_time_deliveries) || int4send(target.quotes_submitted) || int4send(target.matches_received) || int4send(target.open_matches)
                            FROM 83 FOR 20),
           updated_at = now()
      FROM target WHERE v.profile_id = target.profile_id;
  END $function$;
-- END GENERATED

DROP TRIGGER IF EXISTS matching_vector_organization_update ON public.organization;
CREATE TRIGGER matching_vector_organization_update AFTER UPDATE ON public.organization REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_vector_on_change();

DROP TRIGGER IF EXISTS matching_vector_profile_insert ON public.capability_profile;
CREATE TRIGGER matching_vector_profile_insert AFTER INSERT ON public.capability_profile REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_vector_on_change();

DROP TRIGGER IF EXISTS matching_vector_profile_update ON public.capability_profile;
CREATE TRIGGER matching_vector_profile_update AFTER UPDATE ON public.capability_profile REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_vector_on_change();

DROP TRIGGER IF EXISTS matching_vector_track_insert ON public.ikm_track_record;
CREATE TRIGGER matching_vector_track_insert AFTER INSERT ON public.ikm_track_record REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_vector_on_change();

DROP TRIGGER IF EXISTS matching_vector_track_update ON public.ikm_track_record;
CREATE TRIGGER matching_vector_track_update AFTER UPDATE ON public.ikm_track_record REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION matching_vector_on_change();
`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.matching_codebook()
 RETURNS jsonb
 LANGUAGE sql
 IMMUTABLE
AS $function$
        SELECT jsonb_build_object('sectors', to_jsonb(ARRAY['METAL', 'PLASTIC', 'AGRO']::text[]), 'processes', to_jsonb(ARRAY['LASER_CUTTING', 'PLASMA_CUTTING', 'SHEARING', 'BENDING', 'STAMPING', 'DEEP_DRAWING', 'CNC_TURNING', 'CNC_MILLING', 'CONVENTIONAL_TURNING', 'WELDING_MIG', 'WELDING_TIG', 'WELDING_SMAW', 'CASTING', 'FORGING', 'GALVANIZING', 'POWDER_COATING', 'INJECTION_MOULDING', 'BLOW_MOULDING', 'EXTRUSION', 'THERMOFORMING', 'ROTATIONAL_MOULDING', 'DRYING', 'GRAIN_MILLING', 'ROASTING', 'FRYING', 'FERMENTATION', 'PACKAGING', 'COLD_STORAGE']::text[]),
                                  'materials', to_jsonb(ARRAY['SPCC', 'SPHC', 'SS400', 'S45C', 'SUS304', 'SUS201', 'AL5052', 'AL6061', 'GALVANIZED_STEEL', 'BRASS', 'COPPER', 'CAST_IRON', 'HDPE', 'LDPE', 'PP', 'ABS', 'PVC', 'PET', 'PS', 'PC', 'NYLON', 'COFFEE_BEAN', 'TEA_LEAF', 'CASSAVA', 'SOYBEAN', 'PALM_SUGAR', 'RICE', 'CORN']::text[]), 'certifications', to_jsonb(ARRAY['SNI', 'SPPT_SNI', 'ISO_9001', 'ISO_14001', 'HALAL', 'TKDN']::text[]))
      $function$
`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.matching_vector_counters(orgs uuid[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
  BEGIN
    WITH target AS (
      SELECT v.profile_id, t.completed_deals, t.on_time_deliveries, t.quotes_submitted, t.matches_received, t.open_matches
        FROM ikm_track_record t
        JOIN capability_profile p ON p.organization_id = t.organization_id
        JOIN matching_profile_vector v ON v.profile_id = p.id
       WHERE t.organization_id = ANY(orgs)
       ORDER BY v.profile_id
         FOR UPDATE OF v
    )
    UPDATE matching_profile_vector v
       SET packed = overlay(v.packed PLACING int4send(target.completed_deals) || int4send(target.on_time_deliveries)
                            || int4send(target.quotes_submitted) || int4send(target.matches_received) || int4send(target.open_matches)
                            FROM 83 FOR 20),
           updated_at = now()
      FROM target WHERE v.profile_id = target.profile_id;
  END $function$
`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.matching_vector_refresh(orgs uuid[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
  BEGIN
    INSERT INTO matching_profile_vector AS v (profile_id, organization_id, packed)
    SELECT p.id, p.organization_id,
           uuid_send(p.id)
           || int2send(matching_code_mask(p.sectors, ARRAY['METAL', 'PLASTIC', 'AGRO']::text[])::int2)
           || int4send(matching_code_mask(p.processes, ARRAY['LASER_CUTTING', 'PLASMA_CUTTING', 'SHEARING', 'BENDING', 'STAMPING', 'DEEP_DRAWING', 'CNC_TURNING', 'CNC_MILLING', 'CONVENTIONAL_TURNING', 'WELDING_MIG', 'WELDING_TIG', 'WELDING_SMAW', 'CASTING', 'FORGING', 'GALVANIZING', 'POWDER_COATING', 'INJECTION_MOULDING', 'BLOW_MOULDING', 'EXTRUSION', 'THERMOFORMING', 'ROTATIONAL_MOULDING', 'DRYING', 'GRAIN_MILLING', 'ROASTING', 'FRYING', 'FERMENTATION', 'PACKAGING', 'COLD_STORAGE']::text[]))
           || int4send(matching_code_mask(p.materials, ARRAY['SPCC', 'SPHC', 'SS400', 'S45C', 'SUS304', 'SUS201', 'AL5052', 'AL6061', 'GALVANIZED_STEEL', 'BRASS', 'COPPER', 'CAST_IRON', 'HDPE', 'LDPE', 'PP', 'ABS', 'PVC', 'PET', 'PS', 'PC', 'NYLON', 'COFFEE_BEAN', 'TEA_LEAF', 'CASSAVA', 'SOYBEAN', 'PALM_SUGAR', 'RICE', 'CORN']::text[]))
           || int2send(matching_code_mask(p.certification_codes, ARRAY['SNI', 'SPPT_SNI', 'ISO_9001', 'ISO_14001', 'HALAL', 'TKDN']::text[])::int2)
           || (SELECT string_agg(int4send(coalesce(e.day, 0)), ''::bytea ORDER BY b.bit)
                 FROM generate_series(1, 8) b(bit)
                 LEFT JOIN LATERAL (
                   SELECT max(CASE WHEN c->>'validUntil' IS NULL THEN 65535
                                   ELSE least(greatest((c->>'validUntil')::date - DATE '1970-01-01', 1), 65534) END) AS day
                     FROM jsonb_array_elements(p.certifications) c
                    WHERE c->>'code' = (ARRAY['SNI', 'SPPT_SNI', 'ISO_9001', 'ISO_14001', 'HALAL', 'TKDN']::text[])[b.bit]
                 ) e ON true)
           || int4send(p.monthly_capacity) || int4send(p.min_order_quantity) || int4send(p.lead_time_days)
           || int2send((p.verified::int | (o.suspended::int << 1) | ((p.lat IS NOT NULL)::int << 2))::int2)
           || int4send(coalesce(round(p.lat * 1e6)::int, 0)) || int4send(coalesce(round(p.lng * 1e6)::int, 0))
           || int4send(coalesce(t.completed_deals, 0)) || int4send(coalesce(t.on_time_deliveries, 0))
           || int4send(coalesce(t.quotes_submitted, 0)) || int4send(coalesce(t.matches_received, 0))
           || int4send(coalesce(t.open_matches, 0))
      FROM capability_profile p
      JOIN organization o ON o.id = p.organization_id
      LEFT JOIN ikm_track_record t ON t.organization_id = p.organization_id
     WHERE p.organization_id = ANY(orgs)
     ORDER BY p.id
    ON CONFLICT (profile_id) DO UPDATE SET packed = excluded.packed, organization_id = excluded.organization_id, updated_at = now();
  END $function$
`);
  }
}
