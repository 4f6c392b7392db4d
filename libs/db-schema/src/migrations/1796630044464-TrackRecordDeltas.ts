import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by `npm run db:functions`: the database's functions and triggers as the SQL files hold them.
 * The track-record triggers append to ikm_track_record_delta; ikm_track_record_fold() adds the rows in.
 */
export class TrackRecordDeltas1796630044464 implements MigrationInterface {
  name = 'TrackRecordDeltas1796630044464';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // libs/sourcing/sql/ikm-track-record.sql
    await queryRunner.query(`-- An IKM's track record (matches received, open matches) kept in step with its match rows and the RFQs' status.
-- The triggers append each change to ikm_track_record_delta (no shared row in the writer's transaction: matching
-- jobs whose RFQs match the same IKMs do not queue on each other); ikm_track_record_fold() adds them in.
-- Current state: edit here, then \`npm run db:functions\` writes the migration that applies it.

CREATE OR REPLACE FUNCTION public.ikm_track_record_fold()
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
  DECLARE
    folded integer;
  BEGIN
    -- One fold at a time, in IKM order: a second caller waits (a fold is short), then finds what is left.
    PERFORM pg_advisory_xact_lock(hashtext('ikm_track_record_fold'));
    WITH d AS (DELETE FROM ikm_track_record_delta RETURNING *), f AS (
      INSERT INTO ikm_track_record AS t (organization_id, matches_received, quotes_submitted, open_matches)
      SELECT d.organization_id, sum(d.matches_received), sum(d.quotes_submitted), sum(d.open_matches) FROM d
       GROUP BY d.organization_id
      HAVING sum(d.matches_received) <> 0 OR sum(d.quotes_submitted) <> 0 OR sum(d.open_matches) <> 0
       ORDER BY d.organization_id
      ON CONFLICT (organization_id) DO UPDATE
         SET matches_received = t.matches_received + excluded.matches_received,
             quotes_submitted = t.quotes_submitted + excluded.quotes_submitted,
             open_matches = t.open_matches + excluded.open_matches,
             updated_at = now()
      RETURNING 1
    )
    SELECT count(*) INTO folded FROM d;
    RETURN folded;
  END $function$;

CREATE OR REPLACE FUNCTION public.ikm_track_record_on_match_delete()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    
  INSERT INTO ikm_track_record_delta (organization_id, matches_received, quotes_submitted, open_matches)
  SELECT d.org, sum(d.received), sum(d.quoted), sum(d.open)
    FROM (
  SELECT old_rows.ikm_organization_id AS org,
         -1 AS received,
         -1 * (old_rows.status IN ('QUOTED', 'AWARDED', 'NOT_AWARDED'))::int AS quoted,
         -1 * (old_rows.status IN ('NEW', 'VIEWED') AND r.status = 'OPEN')::int AS open
    FROM old_rows JOIN rfq r ON r.id = old_rows.rfq_id) d
   GROUP BY d.org
  HAVING sum(d.received) <> 0 OR sum(d.quoted) <> 0 OR sum(d.open) <> 0;
    RETURN NULL;
  END $function$;

CREATE OR REPLACE FUNCTION public.ikm_track_record_on_match_insert()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    
  INSERT INTO ikm_track_record_delta (organization_id, matches_received, quotes_submitted, open_matches)
  SELECT d.org, sum(d.received), sum(d.quoted), sum(d.open)
    FROM (
  SELECT new_rows.ikm_organization_id AS org,
         1 AS received,
         1 * (new_rows.status IN ('QUOTED', 'AWARDED', 'NOT_AWARDED'))::int AS quoted,
         1 * (new_rows.status IN ('NEW', 'VIEWED') AND r.status = 'OPEN')::int AS open
    FROM new_rows JOIN rfq r ON r.id = new_rows.rfq_id) d
   GROUP BY d.org
  HAVING sum(d.received) <> 0 OR sum(d.quoted) <> 0 OR sum(d.open) <> 0;
    RETURN NULL;
  END $function$;

CREATE OR REPLACE FUNCTION public.ikm_track_record_on_match_update()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    
  INSERT INTO ikm_track_record_delta (organization_id, matches_received, quotes_submitted, open_matches)
  SELECT d.org, sum(d.received), sum(d.quoted), sum(d.open)
    FROM (
  SELECT new_rows.ikm_organization_id AS org,
         1 AS received,
         1 * (new_rows.status IN ('QUOTED', 'AWARDED', 'NOT_AWARDED'))::int AS quoted,
         1 * (new_rows.status IN ('NEW', 'VIEWED') AND r.status = 'OPEN')::int AS open
    FROM new_rows JOIN rfq r ON r.id = new_rows.rfq_id UNION ALL 
  SELECT old_rows.ikm_organization_id AS org,
         -1 AS received,
         -1 * (old_rows.status IN ('QUOTED', 'AWARDED', 'NOT_AWARDED'))::int AS quoted,
         -1 * (old_rows.status IN ('NEW', 'VIEWED') AND r.status = 'OPEN')::int AS open
    FROM old_rows JOIN rfq r ON r.id = old_rows.rfq_id) d
   GROUP BY d.org
  HAVING sum(d.received) <> 0 OR sum(d.quoted) <> 0 OR sum(d.open) <> 0;
    RETURN NULL;
  END $function$;

CREATE OR REPLACE FUNCTION public.ikm_track_record_on_rfq_status()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    
      INSERT INTO ikm_track_record_delta (organization_id, open_matches)
      SELECT m.ikm_organization_id, (CASE WHEN NEW.status = 'OPEN' THEN 1 ELSE -1 END) * count(*)
        FROM rfq_match m WHERE m.rfq_id = NEW.id AND m.status IN ('NEW', 'VIEWED')
       GROUP BY m.ikm_organization_id;
    RETURN NULL;
  END $function$;

DROP TRIGGER IF EXISTS ikm_track_record_match_delete ON public.rfq_match;
CREATE TRIGGER ikm_track_record_match_delete AFTER DELETE ON public.rfq_match REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ikm_track_record_on_match_delete();

DROP TRIGGER IF EXISTS ikm_track_record_match_insert ON public.rfq_match;
CREATE TRIGGER ikm_track_record_match_insert AFTER INSERT ON public.rfq_match REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ikm_track_record_on_match_insert();

DROP TRIGGER IF EXISTS ikm_track_record_match_update ON public.rfq_match;
CREATE TRIGGER ikm_track_record_match_update AFTER UPDATE ON public.rfq_match REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ikm_track_record_on_match_update();

DROP TRIGGER IF EXISTS ikm_track_record_rfq_status ON public.rfq;
CREATE TRIGGER ikm_track_record_rfq_status AFTER UPDATE OF status ON public.rfq FOR EACH ROW WHEN (((old.status = 'OPEN'::rfq_status) IS DISTINCT FROM (new.status = 'OPEN'::rfq_status))) EXECUTE FUNCTION ikm_track_record_on_rfq_status();
`);
    // libs/sourcing/sql/lifecycle-status.sql
    await queryRunner.query(`-- The lifecycle's status questions other libraries' SQL asks (the dashboard's rollups): the status names stay in sourcing.
-- Current state: edit here, then \`npm run db:functions\` writes the migration that applies it; a unit test checks each
-- literal against the TypeScript enum of its parameter's type.

CREATE OR REPLACE FUNCTION public.sourcing_deal_cancelled(s deal_status)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
    SELECT s = 'CANCELLED' $function$;

CREATE OR REPLACE FUNCTION public.sourcing_deal_completed(s deal_status)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
    SELECT s = 'COMPLETED' $function$;

CREATE OR REPLACE FUNCTION public.sourcing_rfq_open(s rfq_status)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
    SELECT s = 'OPEN' $function$;
`);
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
    // libs/dashboard/sql/market-rollups.sql
    await queryRunner.query(`-- The dashboard's market rollups. Triggers on RFQs, match rows, quotes, deals and profiles append each change's
-- contribution to the rollups' delta tables (market_*_delta, and market_rfq_recount for RFQs whose funnel stage may have
-- moved) in the writing transaction, so concurrent writers never queue on a shared rollup row; market_rollups_fold()
-- moves them into the rollups in the background. And the rebuild from the base tables.
-- Current state: edit here, then \`npm run db:functions\` writes the migration that applies it.

CREATE OR REPLACE FUNCTION public.market_apply_rfq_facts(p_rfq uuid, p_sector text, p_sign integer)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
  BEGIN
    INSERT INTO market_ikm_day_delta (day, sector, kecamatan_code, quotes, deals, deal_value, deals_completed, deals_cancelled, cancelled_value)
    SELECT c.day, p_sector, c.kec, p_sign * sum(c.quotes), p_sign * sum(c.deals), p_sign * sum(c.value), p_sign * sum(c.completed),
           p_sign * sum(c.cancelled), p_sign * sum(c.cancelled_value)
      FROM (SELECT market_wib_day(q.created_at), q.ikm_kecamatan_code, (q.revision = 1)::int, 0, 0::bigint, 0, 0, 0::bigint FROM quote q WHERE q.rfq_id = p_rfq
            UNION ALL SELECT market_wib_day(d.created_at), d.ikm_kecamatan_code, 0, 1, d.value, 0, sourcing_deal_cancelled(d.status)::int,
                             CASE WHEN sourcing_deal_cancelled(d.status) THEN d.value ELSE 0 END FROM deal d WHERE d.rfq_id = p_rfq
            UNION ALL SELECT market_wib_day(d.completed_at), d.ikm_kecamatan_code, 0, 0, 0, 1, 0, 0::bigint FROM deal d
                       WHERE d.rfq_id = p_rfq AND sourcing_deal_completed(d.status) AND d.completed_at IS NOT NULL
           ) c(day, kec, quotes, deals, value, completed, cancelled, cancelled_value)
     GROUP BY c.day, c.kec;
    INSERT INTO market_buyer_day_delta (day, sector, buyer_organization_id, kecamatan_code, deals, deal_value, deals_cancelled, cancelled_value)
    SELECT market_wib_day(d.created_at), p_sector, d.buyer_organization_id, d.ikm_kecamatan_code, p_sign * count(*), p_sign * sum(d.value),
           p_sign * count(*) FILTER (WHERE sourcing_deal_cancelled(d.status)),
           p_sign * coalesce(sum(d.value) FILTER (WHERE sourcing_deal_cancelled(d.status)), 0)
      FROM deal d WHERE d.rfq_id = p_rfq GROUP BY 1, 3, 4;
    INSERT INTO market_ikm_activity_delta (day, sector, ikm_organization_id, kecamatan_code, quotes)
    SELECT market_wib_day(q.created_at), p_sector, q.ikm_organization_id, q.ikm_kecamatan_code, p_sign * count(*)
      FROM quote q WHERE q.rfq_id = p_rfq GROUP BY 1, 3, 4;
  END $function$;

CREATE OR REPLACE FUNCTION public.market_on_deal()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  DECLARE
    old_sector text;
    new_sector text;
  BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.rfq_id, OLD.buyer_organization_id, OLD.value, OLD.created_at, OLD.completed_at, sourcing_deal_completed(OLD.status),
                             sourcing_deal_cancelled(OLD.status), OLD.ikm_kecamatan_code)
       IS NOT DISTINCT FROM (NEW.rfq_id, NEW.buyer_organization_id, NEW.value, NEW.created_at, NEW.completed_at, sourcing_deal_completed(NEW.status),
                             sourcing_deal_cancelled(NEW.status), NEW.ikm_kecamatan_code) THEN
      RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN SELECT sector::text INTO old_sector FROM rfq WHERE id = OLD.rfq_id; END IF;
    IF TG_OP <> 'DELETE' THEN SELECT sector::text INTO new_sector FROM rfq WHERE id = NEW.rfq_id; END IF;
    WITH d(created_at, completed_at, completed, cancelled, sector, kec, buyer, value, n) AS (
      SELECT OLD.created_at, OLD.completed_at, (sourcing_deal_completed(OLD.status) AND OLD.completed_at IS NOT NULL), sourcing_deal_cancelled(OLD.status)::int,
             old_sector, OLD.ikm_kecamatan_code, OLD.buyer_organization_id, OLD.value, -1
       WHERE TG_OP <> 'INSERT' AND old_sector IS NOT NULL
      UNION ALL
      SELECT NEW.created_at, NEW.completed_at, (sourcing_deal_completed(NEW.status) AND NEW.completed_at IS NOT NULL), sourcing_deal_cancelled(NEW.status)::int,
             new_sector, NEW.ikm_kecamatan_code, NEW.buyer_organization_id, NEW.value, 1
       WHERE TG_OP <> 'DELETE' AND new_sector IS NOT NULL
    ), c(day, sector, kec, deals, value, completed, cancelled, cancelled_value) AS (
      SELECT market_wib_day(d.created_at), d.sector, d.kec, d.n, d.n * d.value, 0, d.n * d.cancelled, d.n * d.cancelled * d.value FROM d
      UNION ALL
      SELECT market_wib_day(d.completed_at), d.sector, d.kec, 0, 0::bigint, d.n, 0, 0::bigint FROM d WHERE d.completed
    ), days AS (
      INSERT INTO market_ikm_day_delta (day, sector, kecamatan_code, deals, deal_value, deals_completed, deals_cancelled, cancelled_value)
      SELECT c.day, c.sector, c.kec, sum(c.deals), sum(c.value), sum(c.completed), sum(c.cancelled), sum(c.cancelled_value) FROM c
       GROUP BY c.day, c.sector, c.kec
      HAVING (sum(c.deals), sum(c.value), sum(c.completed), sum(c.cancelled), sum(c.cancelled_value)) <> (0, 0, 0, 0, 0)
      RETURNING 1
    )
    INSERT INTO market_buyer_day_delta (day, sector, buyer_organization_id, kecamatan_code, deals, deal_value, deals_cancelled, cancelled_value)
    SELECT market_wib_day(d.created_at), d.sector, d.buyer, d.kec, sum(d.n), sum(d.n * d.value), sum(d.n * d.cancelled), sum(d.n * d.cancelled * d.value) FROM d
     GROUP BY 1, 2, 3, 4
    HAVING (sum(d.n), sum(d.n * d.value), sum(d.n * d.cancelled), sum(d.n * d.cancelled * d.value)) <> (0, 0, 0, 0);
    PERFORM market_rfq_recount_later(OLD.rfq_id, NEW.rfq_id);
    RETURN NULL;
  END $function$;

CREATE OR REPLACE FUNCTION public.market_on_match()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    PERFORM market_rfq_recount_later(OLD.rfq_id, NEW.rfq_id);
    RETURN NULL;
  END $function$;

CREATE OR REPLACE FUNCTION public.market_on_match_rows()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO market_rfq_recount (rfq_id) SELECT DISTINCT rfq_id FROM new_rows;
    ELSE
      INSERT INTO market_rfq_recount (rfq_id) SELECT DISTINCT rfq_id FROM old_rows;
    END IF;
    RETURN NULL;
  END $function$;

CREATE OR REPLACE FUNCTION public.market_on_profile()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.sectors, OLD.kecamatan_code, OLD.verified) IS NOT DISTINCT FROM (NEW.sectors, NEW.kecamatan_code, NEW.verified) THEN
      RETURN NULL;
    END IF;
    INSERT INTO market_ikm_total_delta (sector, kecamatan_code, ikms, verified)
    SELECT s.sector, k.kec, sum(p.n), sum(p.n * p.verified)
      FROM (SELECT OLD.sectors, coalesce(OLD.kecamatan_code, ''), OLD.verified::int, -1 WHERE TG_OP <> 'INSERT'
            UNION ALL
            SELECT NEW.sectors, coalesce(NEW.kecamatan_code, ''), NEW.verified::int, 1 WHERE TG_OP <> 'DELETE'
           ) p(sectors, kec, verified, n)
     CROSS JOIN LATERAL (SELECT x FROM unnest(p.sectors) x UNION SELECT 'ALL') s(sector)
     CROSS JOIN LATERAL (VALUES (p.kec), ('ALL')) k(kec)
     GROUP BY s.sector, k.kec HAVING sum(p.n) <> 0 OR sum(p.n * p.verified) <> 0;
    RETURN NULL;
  END $function$;

CREATE OR REPLACE FUNCTION public.market_on_quote()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  DECLARE
    old_sector text;
    new_sector text;
  BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.rfq_id, OLD.ikm_organization_id, OLD.revision, OLD.created_at, OLD.ikm_kecamatan_code)
       IS NOT DISTINCT FROM (NEW.rfq_id, NEW.ikm_organization_id, NEW.revision, NEW.created_at, NEW.ikm_kecamatan_code) THEN
      RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN SELECT sector::text INTO old_sector FROM rfq WHERE id = OLD.rfq_id; END IF;
    IF TG_OP <> 'DELETE' THEN SELECT sector::text INTO new_sector FROM rfq WHERE id = NEW.rfq_id; END IF;
    -- A new quote, the write every IKM makes, appends one row: the fold takes the day's first quotes and the RFQ to
    -- recount from it too. Updates and deletes take the general path below.
    IF TG_OP = 'INSERT' AND new_sector IS NOT NULL THEN
      INSERT INTO market_ikm_activity_delta (day, sector, ikm_organization_id, kecamatan_code, quotes, first_quotes, rfq_id)
      VALUES (market_wib_day(NEW.created_at), new_sector, NEW.ikm_organization_id, NEW.ikm_kecamatan_code, 1, (NEW.revision = 1)::int, NEW.rfq_id);
      RETURN NULL;
    END IF;
    WITH c(day, sector, ikm, kec, first, n) AS (
      SELECT market_wib_day(OLD.created_at), old_sector, OLD.ikm_organization_id, OLD.ikm_kecamatan_code, (OLD.revision = 1)::int, -1
       WHERE TG_OP <> 'INSERT' AND old_sector IS NOT NULL
      UNION ALL
      SELECT market_wib_day(NEW.created_at), new_sector, NEW.ikm_organization_id, NEW.ikm_kecamatan_code, (NEW.revision = 1)::int, 1
       WHERE TG_OP <> 'DELETE' AND new_sector IS NOT NULL
    ), days AS (
      INSERT INTO market_ikm_day_delta (day, sector, kecamatan_code, quotes)
      SELECT c.day, c.sector, c.kec, sum(c.n * c.first) FROM c
       GROUP BY c.day, c.sector, c.kec HAVING sum(c.n * c.first) <> 0
      RETURNING 1
    )
    INSERT INTO market_ikm_activity_delta (day, sector, ikm_organization_id, kecamatan_code, quotes)
    SELECT c.day, c.sector, c.ikm, c.kec, sum(c.n) FROM c
     GROUP BY c.day, c.sector, c.ikm, c.kec HAVING sum(c.n) <> 0;
    PERFORM market_rfq_recount_later(OLD.rfq_id, NEW.rfq_id);
    RETURN NULL;
  END $function$;

CREATE OR REPLACE FUNCTION public.market_on_rfq()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  DECLARE
    p market_rfq_progress;
    v_rfq uuid := coalesce(NEW.id, OLD.id);
  BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.id, OLD.created_at, OLD.sector, OLD.buyer_organization_id, sourcing_rfq_open(OLD.status))
       IS NOT DISTINCT FROM (NEW.id, NEW.created_at, NEW.sector, NEW.buyer_organization_id, sourcing_rfq_open(NEW.status)) THEN
      RETURN NULL;
    END IF;
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO market_rfq_progress (rfq_id) VALUES (v_rfq) ON CONFLICT DO NOTHING;
    END IF;
    -- The progress row says which funnel stages this RFQ counts at in its cohort; the recount moves them under the same lock.
    SELECT * INTO p FROM market_rfq_progress WHERE rfq_id = v_rfq FOR UPDATE;
    INSERT INTO market_rfq_day_delta (day, sector, buyer_organization_id, rfqs_posted, rfqs_matched, rfqs_quoted, rfqs_awarded, rfqs_open)
    SELECT c.day, c.sector, c.buyer, sum(c.n), sum(c.n * (coalesce(p.matches, 0) > 0)::int), sum(c.n * (coalesce(p.quotes, 0) > 0)::int),
           sum(c.n * (coalesce(p.deals, 0) > 0)::int), sum(c.n * c.open)
      FROM (SELECT market_wib_day(OLD.created_at), OLD.sector::text, OLD.buyer_organization_id, -1, sourcing_rfq_open(OLD.status)::int WHERE TG_OP <> 'INSERT'
            UNION ALL
            SELECT market_wib_day(NEW.created_at), NEW.sector::text, NEW.buyer_organization_id, 1, sourcing_rfq_open(NEW.status)::int WHERE TG_OP <> 'DELETE'
           ) c(day, sector, buyer, n, open)
     GROUP BY c.day, c.sector, c.buyer
    HAVING sum(c.n) <> 0 OR sum(c.n * c.open) <> 0;
    IF p.first_quote_at IS NOT NULL THEN
      INSERT INTO market_first_quote_delta (day, sector, hours, rfqs)
      SELECT c.day, c.sector, c.hours, sum(c.n)
        FROM (SELECT market_wib_day(OLD.created_at), OLD.sector::text, market_whole_hours(OLD.created_at, p.first_quote_at), -1 WHERE TG_OP <> 'INSERT'
              UNION ALL
              SELECT market_wib_day(NEW.created_at), NEW.sector::text, market_whole_hours(NEW.created_at, p.first_quote_at), 1 WHERE TG_OP <> 'DELETE'
             ) c(day, sector, hours, n)
       GROUP BY c.day, c.sector, c.hours HAVING sum(c.n) <> 0;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.sector IS DISTINCT FROM NEW.sector THEN
      -- Quotes and deals take their RFQ's sector: move them too.
      PERFORM market_apply_rfq_facts(NEW.id, OLD.sector::text, -1);
      PERFORM market_apply_rfq_facts(NEW.id, NEW.sector::text, 1);
    END IF;
    IF TG_OP = 'DELETE' THEN
      DELETE FROM market_rfq_progress WHERE rfq_id = v_rfq;
    END IF;
    RETURN NULL;
  END $function$;

CREATE OR REPLACE FUNCTION public.market_rfq_progress_recount(p_rfqs uuid[])
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
  DECLARE
    v_locked uuid[];
    v_left integer;
  BEGIN
    -- Locked before the RFQs are read (an RFQ's own trigger moves it between cohorts under the same lock). A row a writer
    -- holds is left for the next fold rather than waited for, so the fold never stalls or deadlocks a writer.
    SELECT coalesce(array_agg(l.rfq_id), '{}') INTO v_locked
      FROM (SELECT rfq_id FROM market_rfq_progress WHERE rfq_id = ANY (p_rfqs) ORDER BY rfq_id FOR UPDATE SKIP LOCKED) l;
    INSERT INTO market_rfq_recount (rfq_id)
    SELECT rfq_id FROM market_rfq_progress WHERE rfq_id = ANY (p_rfqs) AND rfq_id <> ALL (v_locked);
    GET DIAGNOSTICS v_left = ROW_COUNT;
    WITH n AS (
      SELECT p.rfq_id, market_wib_day(r.created_at) AS day, r.sector::text AS sector, r.buyer_organization_id AS buyer, r.created_at AS posted_at,
             p.matches AS was_matches, p.quotes AS was_quotes, p.deals AS was_deals, p.first_quote_at AS was_first,
             (SELECT count(*) FROM rfq_match m WHERE m.rfq_id = p.rfq_id)::int AS matches, q.n AS quotes, q.first_at AS first_quote_at,
             (SELECT count(*) FROM deal d WHERE d.rfq_id = p.rfq_id)::int AS deals
        FROM market_rfq_progress p
        JOIN rfq r ON r.id = p.rfq_id
       CROSS JOIN LATERAL (SELECT count(*)::int AS n, min(created_at) AS first_at FROM quote WHERE rfq_id = p.rfq_id) q
       WHERE p.rfq_id = ANY (v_locked)
    ), saved AS (
      UPDATE market_rfq_progress p SET matches = n.matches, quotes = n.quotes, deals = n.deals, first_quote_at = n.first_quote_at, updated_at = now()
        FROM n
       WHERE p.rfq_id = n.rfq_id AND (n.matches, n.quotes, n.deals, n.first_quote_at) IS DISTINCT FROM (n.was_matches, n.was_quotes, n.was_deals, n.was_first)
      RETURNING 1
    ), stages AS (
      INSERT INTO market_rfq_day_delta (day, sector, buyer_organization_id, rfqs_matched, rfqs_quoted, rfqs_awarded)
      SELECT n.day, n.sector, n.buyer, sum((n.matches > 0)::int - (n.was_matches > 0)::int), sum((n.quotes > 0)::int - (n.was_quotes > 0)::int),
             sum((n.deals > 0)::int - (n.was_deals > 0)::int)
        FROM n GROUP BY n.day, n.sector, n.buyer
      HAVING (sum((n.matches > 0)::int - (n.was_matches > 0)::int), sum((n.quotes > 0)::int - (n.was_quotes > 0)::int),
              sum((n.deals > 0)::int - (n.was_deals > 0)::int)) <> (0, 0, 0)
      RETURNING 1
    )
    INSERT INTO market_first_quote_delta (day, sector, hours, rfqs)
    SELECT f.day, f.sector, f.hours, sum(f.n)
      FROM (SELECT n.day, n.sector, market_whole_hours(n.posted_at, n.was_first), -1 FROM n
             WHERE n.was_first IS NOT NULL AND n.was_first IS DISTINCT FROM n.first_quote_at
            UNION ALL
            SELECT n.day, n.sector, market_whole_hours(n.posted_at, n.first_quote_at), 1 FROM n
             WHERE n.first_quote_at IS NOT NULL AND n.was_first IS DISTINCT FROM n.first_quote_at
           ) f(day, sector, hours, n)
     GROUP BY f.day, f.sector, f.hours HAVING sum(f.n) <> 0;
    RETURN v_left;
  END $function$;

CREATE OR REPLACE FUNCTION public.market_rfq_recount_later(p_old uuid, p_new uuid)
 RETURNS void
 LANGUAGE sql
AS $function$
    INSERT INTO market_rfq_recount (rfq_id) SELECT DISTINCT x FROM unnest(ARRAY[p_old, p_new]) x WHERE x IS NOT NULL $function$;

CREATE OR REPLACE FUNCTION public.market_rollups_fold(p_wait boolean)
 RETURNS integer
 LANGUAGE plpgsql
AS $function$
  DECLARE
    v_rfqs uuid[];
    v_left integer := 0;
    folded integer := 0;
  BEGIN
    -- One folder at a time (several replicas run the loop): the loop skips while another folds, p_wait queues behind it.
    IF p_wait THEN
      PERFORM pg_advisory_xact_lock(hashtext('market_rollups_fold'));
    ELSIF NOT pg_try_advisory_xact_lock(hashtext('market_rollups_fold')) THEN
      RETURN 0;
    END IF;
    -- Quotes first: their rows also name the RFQs whose funnel stages the recount below moves.
    WITH d AS (DELETE FROM market_ikm_activity_delta RETURNING *), f AS (
      INSERT INTO market_ikm_activity AS t (day, sector, ikm_organization_id, kecamatan_code, quotes)
      SELECT d.day, d.sector, d.ikm_organization_id, d.kecamatan_code, sum(d.quotes) FROM d
       GROUP BY day, sector, ikm_organization_id, kecamatan_code HAVING (sum(d.quotes)) <> (0) ORDER BY day, sector, ikm_organization_id, kecamatan_code
      ON CONFLICT (day, sector, ikm_organization_id, kecamatan_code) DO UPDATE SET quotes = t.quotes + excluded.quotes, updated_at = now()
      RETURNING 1
    ), k AS (
      INSERT INTO market_ikm_day AS t (day, sector, kecamatan_code, quotes)
      SELECT d.day, d.sector, d.kecamatan_code, sum(d.first_quotes) FROM d
       GROUP BY day, sector, kecamatan_code HAVING sum(d.first_quotes) <> 0 ORDER BY day, sector, kecamatan_code
      ON CONFLICT (day, sector, kecamatan_code) DO UPDATE SET quotes = t.quotes + excluded.quotes, updated_at = now()
      RETURNING 1
    )
    SELECT count(*), array_agg(DISTINCT d.rfq_id) FILTER (WHERE d.rfq_id IS NOT NULL) INTO folded, v_rfqs FROM d;
    WITH d AS (DELETE FROM market_rfq_recount RETURNING rfq_id)
    SELECT array_agg(u.rfq_id) INTO v_rfqs FROM (SELECT d.rfq_id FROM d UNION SELECT unnest(v_rfqs)) u;
    IF v_rfqs IS NOT NULL THEN
      v_left := market_rfq_progress_recount(v_rfqs);
      folded := folded + cardinality(v_rfqs);
    END IF;
    WITH d AS (DELETE FROM market_rfq_day_delta RETURNING *), f AS (
      INSERT INTO market_rfq_day AS t (day, sector, buyer_organization_id, rfqs_posted, rfqs_matched, rfqs_quoted, rfqs_awarded, rfqs_open)
      SELECT d.day, d.sector, d.buyer_organization_id, sum(d.rfqs_posted), sum(d.rfqs_matched), sum(d.rfqs_quoted), sum(d.rfqs_awarded), sum(d.rfqs_open) FROM d
       GROUP BY day, sector, buyer_organization_id HAVING (sum(d.rfqs_posted), sum(d.rfqs_matched), sum(d.rfqs_quoted), sum(d.rfqs_awarded), sum(d.rfqs_open)) <> (0, 0, 0, 0, 0) ORDER BY day, sector, buyer_organization_id
      ON CONFLICT (day, sector, buyer_organization_id) DO UPDATE SET rfqs_posted = t.rfqs_posted + excluded.rfqs_posted, rfqs_matched = t.rfqs_matched + excluded.rfqs_matched, rfqs_quoted = t.rfqs_quoted + excluded.rfqs_quoted, rfqs_awarded = t.rfqs_awarded + excluded.rfqs_awarded, rfqs_open = t.rfqs_open + excluded.rfqs_open, updated_at = now()
      RETURNING 1
    )
    SELECT folded + count(*) INTO folded FROM d;
    WITH d AS (DELETE FROM market_first_quote_delta RETURNING *), f AS (
      INSERT INTO market_first_quote AS t (day, sector, hours, rfqs)
      SELECT d.day, d.sector, d.hours, sum(d.rfqs) FROM d
       GROUP BY day, sector, hours HAVING (sum(d.rfqs)) <> (0) ORDER BY day, sector, hours
      ON CONFLICT (day, sector, hours) DO UPDATE SET rfqs = t.rfqs + excluded.rfqs, updated_at = now()
      RETURNING 1
    )
    SELECT folded + count(*) INTO folded FROM d;
    WITH d AS (DELETE FROM market_ikm_day_delta RETURNING *), f AS (
      INSERT INTO market_ikm_day AS t (day, sector, kecamatan_code, quotes, deals, deal_value, deals_completed, deals_cancelled, cancelled_value)
      SELECT d.day, d.sector, d.kecamatan_code, sum(d.quotes), sum(d.deals), sum(d.deal_value), sum(d.deals_completed), sum(d.deals_cancelled), sum(d.cancelled_value) FROM d
       GROUP BY day, sector, kecamatan_code HAVING (sum(d.quotes), sum(d.deals), sum(d.deal_value), sum(d.deals_completed), sum(d.deals_cancelled), sum(d.cancelled_value)) <> (0, 0, 0, 0, 0, 0) ORDER BY day, sector, kecamatan_code
      ON CONFLICT (day, sector, kecamatan_code) DO UPDATE SET quotes = t.quotes + excluded.quotes, deals = t.deals + excluded.deals, deal_value = t.deal_value + excluded.deal_value, deals_completed = t.deals_completed + excluded.deals_completed, deals_cancelled = t.deals_cancelled + excluded.deals_cancelled, cancelled_value = t.cancelled_value + excluded.cancelled_value, updated_at = now()
      RETURNING 1
    )
    SELECT folded + count(*) INTO folded FROM d;
    WITH d AS (DELETE FROM market_buyer_day_delta RETURNING *), f AS (
      INSERT INTO market_buyer_day AS t (day, sector, buyer_organization_id, kecamatan_code, deals, deal_value, deals_cancelled, cancelled_value)
      SELECT d.day, d.sector, d.buyer_organization_id, d.kecamatan_code, sum(d.deals), sum(d.deal_value), sum(d.deals_cancelled), sum(d.cancelled_value) FROM d
       GROUP BY day, sector, buyer_organization_id, kecamatan_code HAVING (sum(d.deals), sum(d.deal_value), sum(d.deals_cancelled), sum(d.cancelled_value)) <> (0, 0, 0, 0) ORDER BY day, sector, buyer_organization_id, kecamatan_code
      ON CONFLICT (day, sector, buyer_organization_id, kecamatan_code) DO UPDATE SET deals = t.deals + excluded.deals, deal_value = t.deal_value + excluded.deal_value, deals_cancelled = t.deals_cancelled + excluded.deals_cancelled, cancelled_value = t.cancelled_value + excluded.cancelled_value, updated_at = now()
      RETURNING 1
    )
    SELECT folded + count(*) INTO folded FROM d;
    WITH d AS (DELETE FROM market_ikm_total_delta RETURNING *), f AS (
      INSERT INTO market_ikm_total AS t (sector, kecamatan_code, ikms, verified)
      SELECT d.sector, d.kecamatan_code, sum(d.ikms), sum(d.verified) FROM d
       GROUP BY sector, kecamatan_code HAVING (sum(d.ikms), sum(d.verified)) <> (0, 0) ORDER BY sector, kecamatan_code
      ON CONFLICT (sector, kecamatan_code) DO UPDATE SET ikms = t.ikms + excluded.ikms, verified = t.verified + excluded.verified, updated_at = now()
      RETURNING 1
    )
    SELECT folded + count(*) INTO folded FROM d;
    -- Every change committed before this transaction began is in the rollups now, unless an RFQ was left for the next round.
    IF v_left = 0 THEN
      INSERT INTO market_fold_mark AS m (id, folded_through) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET folded_through = excluded.folded_through;
    END IF;
    RETURN folded;
  END $function$;

CREATE OR REPLACE FUNCTION public.market_rollups_rebuild()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
  BEGIN
    TRUNCATE market_rfq_progress, market_rfq_day, market_ikm_day, market_buyer_day, market_first_quote, market_ikm_activity, market_ikm_total,
             market_rfq_recount, market_rfq_day_delta, market_ikm_day_delta, market_buyer_day_delta, market_first_quote_delta,
             market_ikm_activity_delta, market_ikm_total_delta;
    INSERT INTO market_fold_mark AS m (id, folded_through) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET folded_through = excluded.folded_through;
    INSERT INTO market_rfq_progress (rfq_id, matches, quotes, deals, first_quote_at)
    SELECT r.id, coalesce(m.n, 0), coalesce(q.n, 0), coalesce(d.n, 0), q.first_at
      FROM rfq r
      LEFT JOIN (SELECT rfq_id, count(*) AS n FROM rfq_match GROUP BY rfq_id) m ON m.rfq_id = r.id
      LEFT JOIN (SELECT rfq_id, count(*) AS n, min(created_at) AS first_at FROM quote GROUP BY rfq_id) q ON q.rfq_id = r.id
      LEFT JOIN (SELECT rfq_id, count(*) AS n FROM deal GROUP BY rfq_id) d ON d.rfq_id = r.id;
    INSERT INTO market_rfq_day (day, sector, buyer_organization_id, rfqs_posted, rfqs_matched, rfqs_quoted, rfqs_awarded, rfqs_open)
    SELECT market_wib_day(r.created_at), r.sector::text, r.buyer_organization_id, count(*), count(*) FILTER (WHERE p.matches > 0),
           count(*) FILTER (WHERE p.quotes > 0), count(*) FILTER (WHERE p.deals > 0), count(*) FILTER (WHERE sourcing_rfq_open(r.status))
      FROM rfq r JOIN market_rfq_progress p ON p.rfq_id = r.id
     GROUP BY 1, 2, 3;
    INSERT INTO market_first_quote (day, sector, hours, rfqs)
    SELECT market_wib_day(r.created_at), r.sector::text, market_whole_hours(r.created_at, p.first_quote_at), count(*)
      FROM rfq r JOIN market_rfq_progress p ON p.rfq_id = r.id
     WHERE p.first_quote_at IS NOT NULL
     GROUP BY 1, 2, 3;
    INSERT INTO market_ikm_day (day, sector, kecamatan_code, quotes, deals, deal_value, deals_completed, deals_cancelled, cancelled_value)
    SELECT c.day, c.sector, c.kec, sum(c.quotes), sum(c.deals), sum(c.value), sum(c.completed), sum(c.cancelled), sum(c.cancelled_value)
      FROM (SELECT market_wib_day(q.created_at), r.sector::text, q.ikm_kecamatan_code, 1, 0, 0::bigint, 0, 0, 0::bigint
              FROM quote q JOIN rfq r ON r.id = q.rfq_id WHERE q.revision = 1
            UNION ALL
            SELECT market_wib_day(d.created_at), r.sector::text, d.ikm_kecamatan_code, 0, 1, d.value, 0, sourcing_deal_cancelled(d.status)::int,
                   CASE WHEN sourcing_deal_cancelled(d.status) THEN d.value ELSE 0 END
              FROM deal d JOIN rfq r ON r.id = d.rfq_id
            UNION ALL
            SELECT market_wib_day(d.completed_at), r.sector::text, d.ikm_kecamatan_code, 0, 0, 0::bigint, 1, 0, 0::bigint
              FROM deal d JOIN rfq r ON r.id = d.rfq_id WHERE sourcing_deal_completed(d.status) AND d.completed_at IS NOT NULL
           ) c(day, sector, kec, quotes, deals, value, completed, cancelled, cancelled_value)
     GROUP BY 1, 2, 3;
    INSERT INTO market_buyer_day (day, sector, buyer_organization_id, kecamatan_code, deals, deal_value, deals_cancelled, cancelled_value)
    SELECT market_wib_day(d.created_at), r.sector::text, d.buyer_organization_id, d.ikm_kecamatan_code, count(*), sum(d.value),
           count(*) FILTER (WHERE sourcing_deal_cancelled(d.status)), coalesce(sum(d.value) FILTER (WHERE sourcing_deal_cancelled(d.status)), 0)
      FROM deal d JOIN rfq r ON r.id = d.rfq_id
     GROUP BY 1, 2, 3, 4;
    INSERT INTO market_ikm_activity (day, sector, ikm_organization_id, kecamatan_code, quotes)
    SELECT market_wib_day(q.created_at), r.sector::text, q.ikm_organization_id, q.ikm_kecamatan_code, count(*)
      FROM quote q JOIN rfq r ON r.id = q.rfq_id
     GROUP BY 1, 2, 3, 4;
    INSERT INTO market_ikm_total (sector, kecamatan_code, ikms, verified)
    SELECT s.sector, k.kec, count(*), count(*) FILTER (WHERE p.verified)
      FROM capability_profile p
     CROSS JOIN LATERAL (SELECT x FROM unnest(p.sectors) x UNION SELECT 'ALL') s(sector)
     CROSS JOIN LATERAL (VALUES (coalesce(p.kecamatan_code, '')), ('ALL')) k(kec)
     GROUP BY 1, 2;
  END $function$;

CREATE OR REPLACE FUNCTION public.market_stamp_ikm_kecamatan()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    NEW.ikm_kecamatan_code := coalesce((SELECT kecamatan_code FROM capability_profile WHERE organization_id = NEW.ikm_organization_id), '');
    RETURN NEW;
  END $function$;

CREATE OR REPLACE FUNCTION public.market_whole_hours(since timestamp with time zone, until timestamp with time zone)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
    SELECT floor(extract(epoch FROM until - since) / 3600)::int $function$;

CREATE OR REPLACE FUNCTION public.market_wib_day(ts timestamp with time zone)
 RETURNS date
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
    SELECT (ts AT TIME ZONE 'Asia/Jakarta')::date $function$;

DROP TRIGGER IF EXISTS market_deal_change ON public.deal;
CREATE TRIGGER market_deal_change AFTER INSERT OR DELETE OR UPDATE ON public.deal FOR EACH ROW EXECUTE FUNCTION market_on_deal();

DROP TRIGGER IF EXISTS market_deal_stamp_kecamatan ON public.deal;
CREATE TRIGGER market_deal_stamp_kecamatan BEFORE INSERT ON public.deal FOR EACH ROW EXECUTE FUNCTION market_stamp_ikm_kecamatan();

DROP TRIGGER IF EXISTS market_match_delete ON public.rfq_match;
CREATE TRIGGER market_match_delete AFTER DELETE ON public.rfq_match REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION market_on_match_rows();

DROP TRIGGER IF EXISTS market_match_insert ON public.rfq_match;
CREATE TRIGGER market_match_insert AFTER INSERT ON public.rfq_match REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION market_on_match_rows();

DROP TRIGGER IF EXISTS market_match_move ON public.rfq_match;
CREATE TRIGGER market_match_move AFTER UPDATE OF rfq_id ON public.rfq_match FOR EACH ROW EXECUTE FUNCTION market_on_match();

DROP TRIGGER IF EXISTS market_profile_change ON public.capability_profile;
CREATE TRIGGER market_profile_change AFTER INSERT OR DELETE OR UPDATE ON public.capability_profile FOR EACH ROW EXECUTE FUNCTION market_on_profile();

DROP TRIGGER IF EXISTS market_quote_change ON public.quote;
CREATE TRIGGER market_quote_change AFTER INSERT OR DELETE OR UPDATE ON public.quote FOR EACH ROW EXECUTE FUNCTION market_on_quote();

DROP TRIGGER IF EXISTS market_quote_stamp_kecamatan ON public.quote;
CREATE TRIGGER market_quote_stamp_kecamatan BEFORE INSERT ON public.quote FOR EACH ROW EXECUTE FUNCTION market_stamp_ikm_kecamatan();

DROP TRIGGER IF EXISTS market_rfq_change ON public.rfq;
CREATE TRIGGER market_rfq_change AFTER INSERT OR DELETE OR UPDATE ON public.rfq FOR EACH ROW EXECUTE FUNCTION market_on_rfq();
`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS public.ikm_track_record_fold`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS public.ikm_track_record_fold`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS public.ikm_track_record_fold`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS public.ikm_track_record_fold`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.ikm_track_record_on_match_delete()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    
  INSERT INTO ikm_track_record AS t (organization_id, matches_received, quotes_submitted, open_matches)
  SELECT d.org, sum(d.received), sum(d.quoted), sum(d.open)
    FROM (
  SELECT old_rows.ikm_organization_id AS org,
         -1 AS received,
         -1 * (old_rows.status IN ('QUOTED', 'AWARDED', 'NOT_AWARDED'))::int AS quoted,
         -1 * (old_rows.status IN ('NEW', 'VIEWED') AND r.status = 'OPEN')::int AS open
    FROM old_rows JOIN rfq r ON r.id = old_rows.rfq_id) d
   GROUP BY d.org
  HAVING sum(d.received) <> 0 OR sum(d.quoted) <> 0 OR sum(d.open) <> 0
   ORDER BY d.org
  ON CONFLICT (organization_id) DO UPDATE
     SET matches_received = t.matches_received + excluded.matches_received,
         quotes_submitted = t.quotes_submitted + excluded.quotes_submitted,
         open_matches = t.open_matches + excluded.open_matches,
         updated_at = now();
    RETURN NULL;
  END $function$
`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.ikm_track_record_on_match_insert()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    
  INSERT INTO ikm_track_record AS t (organization_id, matches_received, quotes_submitted, open_matches)
  SELECT d.org, sum(d.received), sum(d.quoted), sum(d.open)
    FROM (
  SELECT new_rows.ikm_organization_id AS org,
         1 AS received,
         1 * (new_rows.status IN ('QUOTED', 'AWARDED', 'NOT_AWARDED'))::int AS quoted,
         1 * (new_rows.status IN ('NEW', 'VIEWED') AND r.status = 'OPEN')::int AS open
    FROM new_rows JOIN rfq r ON r.id = new_rows.rfq_id) d
   GROUP BY d.org
  HAVING sum(d.received) <> 0 OR sum(d.quoted) <> 0 OR sum(d.open) <> 0
   ORDER BY d.org
  ON CONFLICT (organization_id) DO UPDATE
     SET matches_received = t.matches_received + excluded.matches_received,
         quotes_submitted = t.quotes_submitted + excluded.quotes_submitted,
         open_matches = t.open_matches + excluded.open_matches,
         updated_at = now();
    RETURN NULL;
  END $function$
`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.ikm_track_record_on_match_update()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    
  INSERT INTO ikm_track_record AS t (organization_id, matches_received, quotes_submitted, open_matches)
  SELECT d.org, sum(d.received), sum(d.quoted), sum(d.open)
    FROM (
  SELECT new_rows.ikm_organization_id AS org,
         1 AS received,
         1 * (new_rows.status IN ('QUOTED', 'AWARDED', 'NOT_AWARDED'))::int AS quoted,
         1 * (new_rows.status IN ('NEW', 'VIEWED') AND r.status = 'OPEN')::int AS open
    FROM new_rows JOIN rfq r ON r.id = new_rows.rfq_id UNION ALL 
  SELECT old_rows.ikm_organization_id AS org,
         -1 AS received,
         -1 * (old_rows.status IN ('QUOTED', 'AWARDED', 'NOT_AWARDED'))::int AS quoted,
         -1 * (old_rows.status IN ('NEW', 'VIEWED') AND r.status = 'OPEN')::int AS open
    FROM old_rows JOIN rfq r ON r.id = old_rows.rfq_id) d
   GROUP BY d.org
  HAVING sum(d.received) <> 0 OR sum(d.quoted) <> 0 OR sum(d.open) <> 0
   ORDER BY d.org
  ON CONFLICT (organization_id) DO UPDATE
     SET matches_received = t.matches_received + excluded.matches_received,
         quotes_submitted = t.quotes_submitted + excluded.quotes_submitted,
         open_matches = t.open_matches + excluded.open_matches,
         updated_at = now();
    RETURN NULL;
  END $function$
`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION public.ikm_track_record_on_rfq_status()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  BEGIN
    
      INSERT INTO ikm_track_record AS t (organization_id, open_matches)
      SELECT m.ikm_organization_id, (CASE WHEN NEW.status = 'OPEN' THEN 1 ELSE -1 END) * count(*)
        FROM rfq_match m WHERE m.rfq_id = NEW.id AND m.status IN ('NEW', 'VIEWED')
       GROUP BY m.ikm_organization_id ORDER BY m.ikm_organization_id
      ON CONFLICT (organization_id) DO UPDATE SET open_matches = t.open_matches + excluded.open_matches, updated_at = now();
    RETURN NULL;
  END $function$
`);
  }
}
