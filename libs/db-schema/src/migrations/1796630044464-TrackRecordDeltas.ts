import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by `npm run db:functions`: the database's functions and triggers as the SQL files hold them.
 * The track-record triggers append to ikm_track_record_delta; ikm_track_record_fold() adds the rows in.
 * Edited by hand: the generator also re-applied three unchanged files (lifecycle-status, profile-vector,
 * market-rollups) and dropped the new fold once per file; only the changed file and one drop are kept.
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
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
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
