import { MigrationInterface, QueryRunner } from 'typeorm';

/** The WIB day of an instant, and whole hours between two: one definition for triggers and rebuild. */
const TIME_FUNCTIONS = [`
  CREATE FUNCTION market_wib_day(ts timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (ts AT TIME ZONE 'Asia/Jakarta')::date $$`, `
  CREATE FUNCTION market_whole_hours(since timestamptz, until timestamptz) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT floor(extract(epoch FROM until - since) / 3600)::int $$`];

/**
 * Decides, with the RFQ's progress row locked, whether the RFQ has just reached or left a funnel
 * stage (matched, quoted, awarded) or its first quote moved, and moves the RFQ-cohort figures.
 * The counts are re-read after the lock (each statement of a READ COMMITTED function sees what
 * earlier lock holders committed), so concurrent writers on one RFQ never count it twice.
 */
const PROGRESS_REFRESH = `
  CREATE FUNCTION market_rfq_progress_refresh(p_rfq uuid) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    b market_rfq_progress;
    a market_rfq_progress;
    r record;
  BEGIN
    IF p_rfq IS NULL THEN RETURN; END IF;
    INSERT INTO market_rfq_progress (rfq_id) VALUES (p_rfq) ON CONFLICT DO NOTHING;
    SELECT * INTO b FROM market_rfq_progress WHERE rfq_id = p_rfq FOR UPDATE;
    a := b;
    a.matches := (SELECT count(*) FROM rfq_match WHERE rfq_id = p_rfq);
    SELECT count(*), min(created_at) INTO a.quotes, a.first_quote_at FROM quote WHERE rfq_id = p_rfq;
    a.deals := (SELECT count(*) FROM deal WHERE rfq_id = p_rfq);
    IF (a.matches, a.quotes, a.deals, a.first_quote_at) IS NOT DISTINCT FROM (b.matches, b.quotes, b.deals, b.first_quote_at) THEN RETURN; END IF;
    UPDATE market_rfq_progress SET matches = a.matches, quotes = a.quotes, deals = a.deals, first_quote_at = a.first_quote_at, updated_at = now()
     WHERE rfq_id = p_rfq;
    SELECT created_at, sector::text AS sector, buyer_organization_id INTO r FROM rfq WHERE id = p_rfq;
    IF NOT FOUND THEN RETURN; END IF;
    IF ((a.matches > 0), (a.quotes > 0), (a.deals > 0)) IS DISTINCT FROM ((b.matches > 0), (b.quotes > 0), (b.deals > 0)) THEN
      INSERT INTO market_rfq_day AS t (day, sector, buyer_organization_id, rfqs_matched, rfqs_quoted, rfqs_awarded)
      VALUES (market_wib_day(r.created_at), r.sector, r.buyer_organization_id,
              (a.matches > 0)::int - (b.matches > 0)::int, (a.quotes > 0)::int - (b.quotes > 0)::int, (a.deals > 0)::int - (b.deals > 0)::int)
      ON CONFLICT (day, sector, buyer_organization_id) DO UPDATE
         SET rfqs_matched = t.rfqs_matched + excluded.rfqs_matched, rfqs_quoted = t.rfqs_quoted + excluded.rfqs_quoted,
             rfqs_awarded = t.rfqs_awarded + excluded.rfqs_awarded, updated_at = now();
    END IF;
    IF a.first_quote_at IS DISTINCT FROM b.first_quote_at THEN
      INSERT INTO market_first_quote AS t (day, sector, hours, rfqs)
      SELECT market_wib_day(r.created_at), r.sector, c.hours, sum(c.n)
        FROM (SELECT market_whole_hours(r.created_at, b.first_quote_at), -1 WHERE b.first_quote_at IS NOT NULL
              UNION ALL SELECT market_whole_hours(r.created_at, a.first_quote_at), 1 WHERE a.first_quote_at IS NOT NULL) c(hours, n)
       GROUP BY c.hours HAVING sum(c.n) <> 0 ORDER BY c.hours
      ON CONFLICT (day, sector, hours) DO UPDATE SET rfqs = t.rfqs + excluded.rfqs, updated_at = now();
    END IF;
  END $$`;

/** An RFQ's own row: posted and open counts, and its cohort figures when its day, sector or buyer moves. */
const ON_RFQ = `
  CREATE FUNCTION market_on_rfq() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    p market_rfq_progress;
    v_rfq uuid := coalesce(NEW.id, OLD.id);
  BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.id, OLD.created_at, OLD.sector, OLD.buyer_organization_id, OLD.status = 'OPEN')
       IS NOT DISTINCT FROM (NEW.id, NEW.created_at, NEW.sector, NEW.buyer_organization_id, NEW.status = 'OPEN') THEN
      RETURN NULL;
    END IF;
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO market_rfq_progress (rfq_id) VALUES (v_rfq) ON CONFLICT DO NOTHING;
    END IF;
    SELECT * INTO p FROM market_rfq_progress WHERE rfq_id = v_rfq FOR UPDATE;
    INSERT INTO market_rfq_day AS t (day, sector, buyer_organization_id, rfqs_posted, rfqs_matched, rfqs_quoted, rfqs_awarded, rfqs_open)
    SELECT c.day, c.sector, c.buyer, sum(c.n), sum(c.n * (coalesce(p.matches, 0) > 0)::int), sum(c.n * (coalesce(p.quotes, 0) > 0)::int),
           sum(c.n * (coalesce(p.deals, 0) > 0)::int), sum(c.n * c.open)
      FROM (SELECT market_wib_day(OLD.created_at), OLD.sector::text, OLD.buyer_organization_id, -1, (OLD.status = 'OPEN')::int WHERE TG_OP <> 'INSERT'
            UNION ALL
            SELECT market_wib_day(NEW.created_at), NEW.sector::text, NEW.buyer_organization_id, 1, (NEW.status = 'OPEN')::int WHERE TG_OP <> 'DELETE'
           ) c(day, sector, buyer, n, open)
     GROUP BY c.day, c.sector, c.buyer
    HAVING sum(c.n) <> 0 OR sum(c.n * c.open) <> 0
     ORDER BY c.day, c.sector, c.buyer
    ON CONFLICT (day, sector, buyer_organization_id) DO UPDATE
       SET rfqs_posted = t.rfqs_posted + excluded.rfqs_posted, rfqs_matched = t.rfqs_matched + excluded.rfqs_matched,
           rfqs_quoted = t.rfqs_quoted + excluded.rfqs_quoted, rfqs_awarded = t.rfqs_awarded + excluded.rfqs_awarded,
           rfqs_open = t.rfqs_open + excluded.rfqs_open, updated_at = now();
    IF p.first_quote_at IS NOT NULL THEN
      INSERT INTO market_first_quote AS t (day, sector, hours, rfqs)
      SELECT c.day, c.sector, c.hours, sum(c.n)
        FROM (SELECT market_wib_day(OLD.created_at), OLD.sector::text, market_whole_hours(OLD.created_at, p.first_quote_at), -1 WHERE TG_OP <> 'INSERT'
              UNION ALL
              SELECT market_wib_day(NEW.created_at), NEW.sector::text, market_whole_hours(NEW.created_at, p.first_quote_at), 1 WHERE TG_OP <> 'DELETE'
             ) c(day, sector, hours, n)
       GROUP BY c.day, c.sector, c.hours HAVING sum(c.n) <> 0 ORDER BY c.day, c.sector, c.hours
      ON CONFLICT (day, sector, hours) DO UPDATE SET rfqs = t.rfqs + excluded.rfqs, updated_at = now();
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
  END $$`;

/** Quote and deal contributions of one RFQ under a given sector, signed: for an RFQ changing sector. */
const APPLY_RFQ_FACTS = `
  CREATE FUNCTION market_apply_rfq_facts(p_rfq uuid, p_sector text, p_sign int) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO market_ikm_day AS t (day, sector, kecamatan_code, quotes, deals, deal_value, deals_completed)
    SELECT c.day, p_sector, c.kec, p_sign * sum(c.quotes), p_sign * sum(c.deals), p_sign * sum(c.value), p_sign * sum(c.completed)
      FROM (SELECT market_wib_day(q.created_at), q.ikm_kecamatan_code, (q.revision = 1)::int, 0, 0::bigint, 0 FROM quote q WHERE q.rfq_id = p_rfq
            UNION ALL SELECT market_wib_day(d.created_at), d.ikm_kecamatan_code, 0, 1, d.value, 0 FROM deal d WHERE d.rfq_id = p_rfq
            UNION ALL SELECT market_wib_day(d.completed_at), d.ikm_kecamatan_code, 0, 0, 0, 1 FROM deal d
                       WHERE d.rfq_id = p_rfq AND d.status = 'COMPLETED' AND d.completed_at IS NOT NULL
           ) c(day, kec, quotes, deals, value, completed)
     GROUP BY c.day, c.kec ORDER BY c.day, c.kec
    ON CONFLICT (day, sector, kecamatan_code) DO UPDATE
       SET quotes = t.quotes + excluded.quotes, deals = t.deals + excluded.deals, deal_value = t.deal_value + excluded.deal_value,
           deals_completed = t.deals_completed + excluded.deals_completed, updated_at = now();
    INSERT INTO market_buyer_day AS t (day, sector, buyer_organization_id, deals, deal_value)
    SELECT market_wib_day(d.created_at), p_sector, d.buyer_organization_id, p_sign * count(*), p_sign * sum(d.value)
      FROM deal d WHERE d.rfq_id = p_rfq GROUP BY 1, 3 ORDER BY 1, 3
    ON CONFLICT (day, sector, buyer_organization_id) DO UPDATE
       SET deals = t.deals + excluded.deals, deal_value = t.deal_value + excluded.deal_value, updated_at = now();
    INSERT INTO market_ikm_activity AS t (day, sector, ikm_organization_id, kecamatan_code, quotes)
    SELECT market_wib_day(q.created_at), p_sector, q.ikm_organization_id, q.ikm_kecamatan_code, p_sign * count(*)
      FROM quote q WHERE q.rfq_id = p_rfq GROUP BY 1, 3, 4 ORDER BY 1, 3, 4
    ON CONFLICT (day, sector, ikm_organization_id, kecamatan_code) DO UPDATE SET quotes = t.quotes + excluded.quotes, updated_at = now();
  END $$`;

/** The IKM's kecamatan, stored on the quote or deal as it is written. */
const STAMP_KECAMATAN = `
  CREATE FUNCTION market_stamp_ikm_kecamatan() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    NEW.ikm_kecamatan_code := coalesce((SELECT kecamatan_code FROM capability_profile WHERE organization_id = NEW.ikm_organization_id), '');
    RETURN NEW;
  END $$`;

/** A quote: first revisions by submission day, per-IKM activity, then its RFQ's funnel stage. */
const ON_QUOTE = `
  CREATE FUNCTION market_on_quote() RETURNS trigger LANGUAGE plpgsql AS $$
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
    WITH c(day, sector, ikm, kec, first, n) AS (
      SELECT market_wib_day(OLD.created_at), old_sector, OLD.ikm_organization_id, OLD.ikm_kecamatan_code, (OLD.revision = 1)::int, -1
       WHERE TG_OP <> 'INSERT' AND old_sector IS NOT NULL
      UNION ALL
      SELECT market_wib_day(NEW.created_at), new_sector, NEW.ikm_organization_id, NEW.ikm_kecamatan_code, (NEW.revision = 1)::int, 1
       WHERE TG_OP <> 'DELETE' AND new_sector IS NOT NULL
    ), days AS (
      INSERT INTO market_ikm_day AS t (day, sector, kecamatan_code, quotes)
      SELECT c.day, c.sector, c.kec, sum(c.n * c.first) FROM c
       GROUP BY c.day, c.sector, c.kec HAVING sum(c.n * c.first) <> 0 ORDER BY c.day, c.sector, c.kec
      ON CONFLICT (day, sector, kecamatan_code) DO UPDATE SET quotes = t.quotes + excluded.quotes, updated_at = now()
      RETURNING 1
    )
    INSERT INTO market_ikm_activity AS t (day, sector, ikm_organization_id, kecamatan_code, quotes)
    SELECT c.day, c.sector, c.ikm, c.kec, sum(c.n) FROM c
     GROUP BY c.day, c.sector, c.ikm, c.kec HAVING sum(c.n) <> 0 ORDER BY c.day, c.sector, c.ikm, c.kec
    ON CONFLICT (day, sector, ikm_organization_id, kecamatan_code) DO UPDATE SET quotes = t.quotes + excluded.quotes, updated_at = now();
    IF TG_OP <> 'INSERT' THEN PERFORM market_rfq_progress_refresh(OLD.rfq_id); END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.rfq_id IS DISTINCT FROM OLD.rfq_id) THEN PERFORM market_rfq_progress_refresh(NEW.rfq_id); END IF;
    RETURN NULL;
  END $$`;

/** A deal: deals and value by award day (IKM side and buyer side), completions by completion day. */
const ON_DEAL = `
  CREATE FUNCTION market_on_deal() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    old_sector text;
    new_sector text;
  BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.rfq_id, OLD.buyer_organization_id, OLD.value, OLD.created_at, OLD.completed_at, OLD.status = 'COMPLETED', OLD.ikm_kecamatan_code)
       IS NOT DISTINCT FROM (NEW.rfq_id, NEW.buyer_organization_id, NEW.value, NEW.created_at, NEW.completed_at, NEW.status = 'COMPLETED', NEW.ikm_kecamatan_code) THEN
      RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN SELECT sector::text INTO old_sector FROM rfq WHERE id = OLD.rfq_id; END IF;
    IF TG_OP <> 'DELETE' THEN SELECT sector::text INTO new_sector FROM rfq WHERE id = NEW.rfq_id; END IF;
    WITH d(created_at, completed_at, completed, sector, kec, buyer, value, n) AS (
      SELECT OLD.created_at, OLD.completed_at, (OLD.status = 'COMPLETED' AND OLD.completed_at IS NOT NULL), old_sector, OLD.ikm_kecamatan_code,
             OLD.buyer_organization_id, OLD.value, -1
       WHERE TG_OP <> 'INSERT' AND old_sector IS NOT NULL
      UNION ALL
      SELECT NEW.created_at, NEW.completed_at, (NEW.status = 'COMPLETED' AND NEW.completed_at IS NOT NULL), new_sector, NEW.ikm_kecamatan_code,
             NEW.buyer_organization_id, NEW.value, 1
       WHERE TG_OP <> 'DELETE' AND new_sector IS NOT NULL
    ), c(day, sector, kec, deals, value, completed) AS (
      SELECT market_wib_day(d.created_at), d.sector, d.kec, d.n, d.n * d.value, 0 FROM d
      UNION ALL
      SELECT market_wib_day(d.completed_at), d.sector, d.kec, 0, 0::bigint, d.n FROM d WHERE d.completed
    ), days AS (
      INSERT INTO market_ikm_day AS t (day, sector, kecamatan_code, deals, deal_value, deals_completed)
      SELECT c.day, c.sector, c.kec, sum(c.deals), sum(c.value), sum(c.completed) FROM c
       GROUP BY c.day, c.sector, c.kec HAVING sum(c.deals) <> 0 OR sum(c.value) <> 0 OR sum(c.completed) <> 0
       ORDER BY c.day, c.sector, c.kec
      ON CONFLICT (day, sector, kecamatan_code) DO UPDATE
         SET deals = t.deals + excluded.deals, deal_value = t.deal_value + excluded.deal_value,
             deals_completed = t.deals_completed + excluded.deals_completed, updated_at = now()
      RETURNING 1
    )
    INSERT INTO market_buyer_day AS t (day, sector, buyer_organization_id, deals, deal_value)
    SELECT market_wib_day(d.created_at), d.sector, d.buyer, sum(d.n), sum(d.n * d.value) FROM d
     GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0 OR sum(d.n * d.value) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (day, sector, buyer_organization_id) DO UPDATE
       SET deals = t.deals + excluded.deals, deal_value = t.deal_value + excluded.deal_value, updated_at = now();
    IF TG_OP <> 'INSERT' THEN PERFORM market_rfq_progress_refresh(OLD.rfq_id); END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.rfq_id IS DISTINCT FROM OLD.rfq_id) THEN PERFORM market_rfq_progress_refresh(NEW.rfq_id); END IF;
    RETURN NULL;
  END $$`;

/**
 * Matches only move their RFQ's "matched" stage. A matching job inserts its twenty matches in one
 * statement: a statement-level trigger refreshes each RFQ once, not once per match (the matching
 * job's throughput depends on it). Moving a match to another RFQ (never done by the app) is
 * handled row by row.
 */
const ON_MATCH_ROWS = `
  CREATE FUNCTION market_on_match_rows() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    v_rfq uuid;
  BEGIN
    IF TG_OP = 'INSERT' THEN
      FOR v_rfq IN SELECT DISTINCT rfq_id FROM new_rows ORDER BY rfq_id LOOP PERFORM market_rfq_progress_refresh(v_rfq); END LOOP;
    ELSE
      FOR v_rfq IN SELECT DISTINCT rfq_id FROM old_rows ORDER BY rfq_id LOOP PERFORM market_rfq_progress_refresh(v_rfq); END LOOP;
    END IF;
    RETURN NULL;
  END $$`;

const ON_MATCH = `
  CREATE FUNCTION market_on_match() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM market_rfq_progress_refresh(OLD.rfq_id); END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.rfq_id IS DISTINCT FROM OLD.rfq_id) THEN PERFORM market_rfq_progress_refresh(NEW.rfq_id); END IF;
    RETURN NULL;
  END $$`;

/** Registered and verified IKMs per sector and kecamatan, with 'ALL' rows counting each IKM once. */
const ON_PROFILE = `
  CREATE FUNCTION market_on_profile() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.sectors, OLD.kecamatan_code, OLD.verified) IS NOT DISTINCT FROM (NEW.sectors, NEW.kecamatan_code, NEW.verified) THEN
      RETURN NULL;
    END IF;
    INSERT INTO market_ikm_total AS t (sector, kecamatan_code, ikms, verified)
    SELECT s.sector, k.kec, sum(p.n), sum(p.n * p.verified)
      FROM (SELECT OLD.sectors, coalesce(OLD.kecamatan_code, ''), OLD.verified::int, -1 WHERE TG_OP <> 'INSERT'
            UNION ALL
            SELECT NEW.sectors, coalesce(NEW.kecamatan_code, ''), NEW.verified::int, 1 WHERE TG_OP <> 'DELETE'
           ) p(sectors, kec, verified, n)
     CROSS JOIN LATERAL (SELECT x FROM unnest(p.sectors) x UNION SELECT 'ALL') s(sector)
     CROSS JOIN LATERAL (VALUES (p.kec), ('ALL')) k(kec)
     GROUP BY s.sector, k.kec HAVING sum(p.n) <> 0 OR sum(p.n * p.verified) <> 0 ORDER BY s.sector, k.kec
    ON CONFLICT (sector, kecamatan_code) DO UPDATE SET ikms = t.ikms + excluded.ikms, verified = t.verified + excluded.verified, updated_at = now();
    RETURN NULL;
  END $$`;

/** Every rollup recomputed from the base tables: the backfill, and the bulk loaders' last step. */
const REBUILD = `
  CREATE FUNCTION market_rollups_rebuild() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE market_rfq_progress, market_rfq_day, market_ikm_day, market_buyer_day, market_first_quote, market_ikm_activity, market_ikm_total;
    INSERT INTO market_rfq_progress (rfq_id, matches, quotes, deals, first_quote_at)
    SELECT r.id, coalesce(m.n, 0), coalesce(q.n, 0), coalesce(d.n, 0), q.first_at
      FROM rfq r
      LEFT JOIN (SELECT rfq_id, count(*) AS n FROM rfq_match GROUP BY rfq_id) m ON m.rfq_id = r.id
      LEFT JOIN (SELECT rfq_id, count(*) AS n, min(created_at) AS first_at FROM quote GROUP BY rfq_id) q ON q.rfq_id = r.id
      LEFT JOIN (SELECT rfq_id, count(*) AS n FROM deal GROUP BY rfq_id) d ON d.rfq_id = r.id;
    INSERT INTO market_rfq_day (day, sector, buyer_organization_id, rfqs_posted, rfqs_matched, rfqs_quoted, rfqs_awarded, rfqs_open)
    SELECT market_wib_day(r.created_at), r.sector::text, r.buyer_organization_id, count(*), count(*) FILTER (WHERE p.matches > 0),
           count(*) FILTER (WHERE p.quotes > 0), count(*) FILTER (WHERE p.deals > 0), count(*) FILTER (WHERE r.status = 'OPEN')
      FROM rfq r JOIN market_rfq_progress p ON p.rfq_id = r.id
     GROUP BY 1, 2, 3;
    INSERT INTO market_first_quote (day, sector, hours, rfqs)
    SELECT market_wib_day(r.created_at), r.sector::text, market_whole_hours(r.created_at, p.first_quote_at), count(*)
      FROM rfq r JOIN market_rfq_progress p ON p.rfq_id = r.id
     WHERE p.first_quote_at IS NOT NULL
     GROUP BY 1, 2, 3;
    INSERT INTO market_ikm_day (day, sector, kecamatan_code, quotes, deals, deal_value, deals_completed)
    SELECT c.day, c.sector, c.kec, sum(c.quotes), sum(c.deals), sum(c.value), sum(c.completed)
      FROM (SELECT market_wib_day(q.created_at), r.sector::text, q.ikm_kecamatan_code, 1, 0, 0::bigint, 0
              FROM quote q JOIN rfq r ON r.id = q.rfq_id WHERE q.revision = 1
            UNION ALL
            SELECT market_wib_day(d.created_at), r.sector::text, d.ikm_kecamatan_code, 0, 1, d.value, 0
              FROM deal d JOIN rfq r ON r.id = d.rfq_id
            UNION ALL
            SELECT market_wib_day(d.completed_at), r.sector::text, d.ikm_kecamatan_code, 0, 0, 0::bigint, 1
              FROM deal d JOIN rfq r ON r.id = d.rfq_id WHERE d.status = 'COMPLETED' AND d.completed_at IS NOT NULL
           ) c(day, sector, kec, quotes, deals, value, completed)
     GROUP BY 1, 2, 3;
    INSERT INTO market_buyer_day (day, sector, buyer_organization_id, deals, deal_value)
    SELECT market_wib_day(d.created_at), r.sector::text, d.buyer_organization_id, count(*), sum(d.value)
      FROM deal d JOIN rfq r ON r.id = d.rfq_id
     GROUP BY 1, 2, 3;
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
  END $$`;

const TRIGGERS: [string, string][] = [
  ['market_quote_stamp_kecamatan', 'BEFORE INSERT ON quote FOR EACH ROW EXECUTE FUNCTION market_stamp_ikm_kecamatan()'],
  ['market_deal_stamp_kecamatan', 'BEFORE INSERT ON deal FOR EACH ROW EXECUTE FUNCTION market_stamp_ikm_kecamatan()'],
  ['market_rfq_change', 'AFTER INSERT OR UPDATE OR DELETE ON rfq FOR EACH ROW EXECUTE FUNCTION market_on_rfq()'],
  ['market_match_insert', 'AFTER INSERT ON rfq_match REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION market_on_match_rows()'],
  ['market_match_delete', 'AFTER DELETE ON rfq_match REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION market_on_match_rows()'],
  ['market_match_move', 'AFTER UPDATE OF rfq_id ON rfq_match FOR EACH ROW EXECUTE FUNCTION market_on_match()'],
  ['market_quote_change', 'AFTER INSERT OR UPDATE OR DELETE ON quote FOR EACH ROW EXECUTE FUNCTION market_on_quote()'],
  ['market_deal_change', 'AFTER INSERT OR UPDATE OR DELETE ON deal FOR EACH ROW EXECUTE FUNCTION market_on_deal()'],
  ['market_profile_change', 'AFTER INSERT OR UPDATE OR DELETE ON capability_profile FOR EACH ROW EXECUTE FUNCTION market_on_profile()'],
];
const TRIGGER_TABLE = (definition: string) => definition.split(' ON ')[1].split(' ')[0];

/**
 * Exact market rollups for the Dinas dashboard, kept up to date in the writing transaction by
 * row-level triggers that subtract a changed row's old contribution and add its new one (the demo
 * seed back-dates rows after inserting them; statuses change later), so they are never stale. Each
 * table is narrow and additive, with updated_at for an in-memory copy synced by watermark.
 * Days are WIB dates of each fact's own timestamp; sector is the RFQ's; kecamatan is the IKM's,
 * stored on the quote or deal when written so a later profile move subtracts from the same key.
 */
export class MarketRollups1795852328879 implements MigrationInterface {
  name = 'MarketRollups1795852328879';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "market_rfq_day" ("day" date NOT NULL, "sector" text NOT NULL, "buyer_organization_id" uuid NOT NULL, "rfqs_posted" integer NOT NULL DEFAULT '0', "rfqs_matched" integer NOT NULL DEFAULT '0', "rfqs_quoted" integer NOT NULL DEFAULT '0', "rfqs_awarded" integer NOT NULL DEFAULT '0', "rfqs_open" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_977fe0770646a6bd85b8d5c1755" PRIMARY KEY ("day", "sector", "buyer_organization_id"))`);
    await queryRunner.query(`CREATE INDEX "market_rfq_day_updated_idx" ON "market_rfq_day"  ("updated_at") `);
    await queryRunner.query(`CREATE TABLE "market_ikm_day" ("day" date NOT NULL, "sector" text NOT NULL, "kecamatan_code" text NOT NULL, "quotes" integer NOT NULL DEFAULT '0', "deals" integer NOT NULL DEFAULT '0', "deal_value" bigint NOT NULL DEFAULT '0', "deals_completed" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba62b0e39691c4ba4fa01fee355" PRIMARY KEY ("day", "sector", "kecamatan_code"))`);
    await queryRunner.query(`CREATE INDEX "market_ikm_day_updated_idx" ON "market_ikm_day"  ("updated_at") `);
    await queryRunner.query(`CREATE TABLE "market_buyer_day" ("day" date NOT NULL, "sector" text NOT NULL, "buyer_organization_id" uuid NOT NULL, "deals" integer NOT NULL DEFAULT '0', "deal_value" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_147157e56efa7804fad53a44a88" PRIMARY KEY ("day", "sector", "buyer_organization_id"))`);
    await queryRunner.query(`CREATE INDEX "market_buyer_day_updated_idx" ON "market_buyer_day"  ("updated_at") `);
    await queryRunner.query(`CREATE TABLE "market_first_quote" ("day" date NOT NULL, "sector" text NOT NULL, "hours" integer NOT NULL, "rfqs" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d17a054619e17becee14ab2821" PRIMARY KEY ("day", "sector", "hours"))`);
    await queryRunner.query(`CREATE INDEX "market_first_quote_updated_idx" ON "market_first_quote"  ("updated_at") `);
    await queryRunner.query(`CREATE TABLE "market_ikm_activity" ("day" date NOT NULL, "sector" text NOT NULL, "ikm_organization_id" uuid NOT NULL, "kecamatan_code" text NOT NULL, "quotes" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e0f4ff059ba85d29c58d67201bb" PRIMARY KEY ("day", "sector", "ikm_organization_id", "kecamatan_code"))`);
    await queryRunner.query(`CREATE INDEX "market_ikm_activity_updated_idx" ON "market_ikm_activity"  ("updated_at") `);
    await queryRunner.query(`CREATE TABLE "market_ikm_total" ("sector" text NOT NULL, "kecamatan_code" text NOT NULL, "ikms" integer NOT NULL DEFAULT '0', "verified" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7caf9088104db8d077a3cb99ab0" PRIMARY KEY ("sector", "kecamatan_code"))`);
    await queryRunner.query(`CREATE INDEX "market_ikm_total_updated_idx" ON "market_ikm_total"  ("updated_at") `);
    await queryRunner.query(`CREATE TABLE "market_rfq_progress" ("rfq_id" uuid NOT NULL, "matches" integer NOT NULL DEFAULT '0', "quotes" integer NOT NULL DEFAULT '0', "deals" integer NOT NULL DEFAULT '0', "first_quote_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e79bc79fe7d5c60a0027e5dc372" PRIMARY KEY ("rfq_id"))`);
    await queryRunner.query(`CREATE INDEX "market_rfq_progress_updated_idx" ON "market_rfq_progress"  ("updated_at") `);
    await queryRunner.query(`ALTER TABLE "quote" ADD "ikm_kecamatan_code" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "deal" ADD "ikm_kecamatan_code" text NOT NULL DEFAULT ''`);
    for (const table of ['quote', 'deal']) {
      await queryRunner.query(`UPDATE "${table}" f SET ikm_kecamatan_code = coalesce(p.kecamatan_code, '') FROM capability_profile p WHERE p.organization_id = f.ikm_organization_id AND p.kecamatan_code IS NOT NULL`);
    }
    for (const sql of [...TIME_FUNCTIONS, PROGRESS_REFRESH, APPLY_RFQ_FACTS, ON_RFQ, STAMP_KECAMATAN, ON_QUOTE, ON_DEAL, ON_MATCH_ROWS, ON_MATCH, ON_PROFILE, REBUILD]) {
      await queryRunner.query(sql);
    }
    for (const [name, definition] of TRIGGERS) await queryRunner.query(`CREATE TRIGGER ${name} ${definition}`);
    // At a million deals the first fill takes longer than the application's statement timeout.
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`SELECT market_rollups_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, definition] of [...TRIGGERS].reverse()) await queryRunner.query(`DROP TRIGGER ${name} ON ${TRIGGER_TABLE(definition)}`);
    await queryRunner.query(`DROP FUNCTION market_rollups_rebuild, market_on_profile, market_on_match, market_on_match_rows, market_on_deal, market_on_quote, market_stamp_ikm_kecamatan, market_on_rfq, market_apply_rfq_facts, market_rfq_progress_refresh, market_whole_hours, market_wib_day`);
    await queryRunner.query(`ALTER TABLE "deal" DROP COLUMN "ikm_kecamatan_code"`);
    await queryRunner.query(`ALTER TABLE "quote" DROP COLUMN "ikm_kecamatan_code"`);
    await queryRunner.query(`DROP INDEX "public"."market_rfq_progress_updated_idx"`);
    await queryRunner.query(`DROP TABLE "market_rfq_progress"`);
    await queryRunner.query(`DROP INDEX "public"."market_ikm_total_updated_idx"`);
    await queryRunner.query(`DROP TABLE "market_ikm_total"`);
    await queryRunner.query(`DROP INDEX "public"."market_ikm_activity_updated_idx"`);
    await queryRunner.query(`DROP TABLE "market_ikm_activity"`);
    await queryRunner.query(`DROP INDEX "public"."market_first_quote_updated_idx"`);
    await queryRunner.query(`DROP TABLE "market_first_quote"`);
    await queryRunner.query(`DROP INDEX "public"."market_buyer_day_updated_idx"`);
    await queryRunner.query(`DROP TABLE "market_buyer_day"`);
    await queryRunner.query(`DROP INDEX "public"."market_ikm_day_updated_idx"`);
    await queryRunner.query(`DROP TABLE "market_ikm_day"`);
    await queryRunner.query(`DROP INDEX "public"."market_rfq_day_updated_idx"`);
    await queryRunner.query(`DROP TABLE "market_rfq_day"`);
  }
}
