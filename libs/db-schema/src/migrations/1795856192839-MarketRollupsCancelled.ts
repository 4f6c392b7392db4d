import { MigrationInterface, QueryRunner } from 'typeorm';

/** Quote and deal contributions of one RFQ under a given sector, signed: for an RFQ changing sector. */
const APPLY_RFQ_FACTS = `
  CREATE OR REPLACE FUNCTION market_apply_rfq_facts(p_rfq uuid, p_sector text, p_sign int) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO market_ikm_day AS t (day, sector, kecamatan_code, quotes, deals, deal_value, deals_completed, deals_cancelled, cancelled_value)
    SELECT c.day, p_sector, c.kec, p_sign * sum(c.quotes), p_sign * sum(c.deals), p_sign * sum(c.value), p_sign * sum(c.completed),
           p_sign * sum(c.cancelled), p_sign * sum(c.cancelled_value)
      FROM (SELECT market_wib_day(q.created_at), q.ikm_kecamatan_code, (q.revision = 1)::int, 0, 0::bigint, 0, 0, 0::bigint FROM quote q WHERE q.rfq_id = p_rfq
            UNION ALL SELECT market_wib_day(d.created_at), d.ikm_kecamatan_code, 0, 1, d.value, 0, (d.status = 'CANCELLED')::int,
                             CASE WHEN d.status = 'CANCELLED' THEN d.value ELSE 0 END FROM deal d WHERE d.rfq_id = p_rfq
            UNION ALL SELECT market_wib_day(d.completed_at), d.ikm_kecamatan_code, 0, 0, 0, 1, 0, 0 FROM deal d
                       WHERE d.rfq_id = p_rfq AND d.status = 'COMPLETED' AND d.completed_at IS NOT NULL
           ) c(day, kec, quotes, deals, value, completed, cancelled, cancelled_value)
     GROUP BY c.day, c.kec ORDER BY c.day, c.kec
    ON CONFLICT (day, sector, kecamatan_code) DO UPDATE
       SET quotes = t.quotes + excluded.quotes, deals = t.deals + excluded.deals, deal_value = t.deal_value + excluded.deal_value,
           deals_completed = t.deals_completed + excluded.deals_completed, deals_cancelled = t.deals_cancelled + excluded.deals_cancelled,
           cancelled_value = t.cancelled_value + excluded.cancelled_value, updated_at = now();
    INSERT INTO market_buyer_day AS t (day, sector, buyer_organization_id, kecamatan_code, deals, deal_value, deals_cancelled, cancelled_value)
    SELECT market_wib_day(d.created_at), p_sector, d.buyer_organization_id, d.ikm_kecamatan_code, p_sign * count(*), p_sign * sum(d.value),
           p_sign * count(*) FILTER (WHERE d.status = 'CANCELLED'), p_sign * coalesce(sum(d.value) FILTER (WHERE d.status = 'CANCELLED'), 0)
      FROM deal d WHERE d.rfq_id = p_rfq GROUP BY 1, 3, 4 ORDER BY 1, 3, 4
    ON CONFLICT (day, sector, buyer_organization_id, kecamatan_code) DO UPDATE
       SET deals = t.deals + excluded.deals, deal_value = t.deal_value + excluded.deal_value,
           deals_cancelled = t.deals_cancelled + excluded.deals_cancelled, cancelled_value = t.cancelled_value + excluded.cancelled_value,
           updated_at = now();
    INSERT INTO market_ikm_activity AS t (day, sector, ikm_organization_id, kecamatan_code, quotes)
    SELECT market_wib_day(q.created_at), p_sector, q.ikm_organization_id, q.ikm_kecamatan_code, p_sign * count(*)
      FROM quote q WHERE q.rfq_id = p_rfq GROUP BY 1, 3, 4 ORDER BY 1, 3, 4
    ON CONFLICT (day, sector, ikm_organization_id, kecamatan_code) DO UPDATE SET quotes = t.quotes + excluded.quotes, updated_at = now();
  END $$`;

/** A deal: deals, value and cancellations by award day (IKM side and buyer side), completions by completion day. */
const ON_DEAL = `
  CREATE OR REPLACE FUNCTION market_on_deal() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    old_sector text;
    new_sector text;
  BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.rfq_id, OLD.buyer_organization_id, OLD.value, OLD.created_at, OLD.completed_at, OLD.status = 'COMPLETED',
                             OLD.status = 'CANCELLED', OLD.ikm_kecamatan_code)
       IS NOT DISTINCT FROM (NEW.rfq_id, NEW.buyer_organization_id, NEW.value, NEW.created_at, NEW.completed_at, NEW.status = 'COMPLETED',
                             NEW.status = 'CANCELLED', NEW.ikm_kecamatan_code) THEN
      RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN SELECT sector::text INTO old_sector FROM rfq WHERE id = OLD.rfq_id; END IF;
    IF TG_OP <> 'DELETE' THEN SELECT sector::text INTO new_sector FROM rfq WHERE id = NEW.rfq_id; END IF;
    WITH d(created_at, completed_at, completed, cancelled, sector, kec, buyer, value, n) AS (
      SELECT OLD.created_at, OLD.completed_at, (OLD.status = 'COMPLETED' AND OLD.completed_at IS NOT NULL), (OLD.status = 'CANCELLED')::int,
             old_sector, OLD.ikm_kecamatan_code, OLD.buyer_organization_id, OLD.value, -1
       WHERE TG_OP <> 'INSERT' AND old_sector IS NOT NULL
      UNION ALL
      SELECT NEW.created_at, NEW.completed_at, (NEW.status = 'COMPLETED' AND NEW.completed_at IS NOT NULL), (NEW.status = 'CANCELLED')::int,
             new_sector, NEW.ikm_kecamatan_code, NEW.buyer_organization_id, NEW.value, 1
       WHERE TG_OP <> 'DELETE' AND new_sector IS NOT NULL
    ), c(day, sector, kec, deals, value, completed, cancelled, cancelled_value) AS (
      SELECT market_wib_day(d.created_at), d.sector, d.kec, d.n, d.n * d.value, 0, d.n * d.cancelled, d.n * d.cancelled * d.value FROM d
      UNION ALL
      SELECT market_wib_day(d.completed_at), d.sector, d.kec, 0, 0::bigint, d.n, 0, 0::bigint FROM d WHERE d.completed
    ), days AS (
      INSERT INTO market_ikm_day AS t (day, sector, kecamatan_code, deals, deal_value, deals_completed, deals_cancelled, cancelled_value)
      SELECT c.day, c.sector, c.kec, sum(c.deals), sum(c.value), sum(c.completed), sum(c.cancelled), sum(c.cancelled_value) FROM c
       GROUP BY c.day, c.sector, c.kec
      HAVING (sum(c.deals), sum(c.value), sum(c.completed), sum(c.cancelled), sum(c.cancelled_value)) <> (0, 0, 0, 0, 0)
       ORDER BY c.day, c.sector, c.kec
      ON CONFLICT (day, sector, kecamatan_code) DO UPDATE
         SET deals = t.deals + excluded.deals, deal_value = t.deal_value + excluded.deal_value,
             deals_completed = t.deals_completed + excluded.deals_completed, deals_cancelled = t.deals_cancelled + excluded.deals_cancelled,
             cancelled_value = t.cancelled_value + excluded.cancelled_value, updated_at = now()
      RETURNING 1
    )
    INSERT INTO market_buyer_day AS t (day, sector, buyer_organization_id, kecamatan_code, deals, deal_value, deals_cancelled, cancelled_value)
    SELECT market_wib_day(d.created_at), d.sector, d.buyer, d.kec, sum(d.n), sum(d.n * d.value), sum(d.n * d.cancelled), sum(d.n * d.cancelled * d.value) FROM d
     GROUP BY 1, 2, 3, 4
    HAVING (sum(d.n), sum(d.n * d.value), sum(d.n * d.cancelled), sum(d.n * d.cancelled * d.value)) <> (0, 0, 0, 0)
     ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, sector, buyer_organization_id, kecamatan_code) DO UPDATE
       SET deals = t.deals + excluded.deals, deal_value = t.deal_value + excluded.deal_value,
           deals_cancelled = t.deals_cancelled + excluded.deals_cancelled, cancelled_value = t.cancelled_value + excluded.cancelled_value,
           updated_at = now();
    IF TG_OP <> 'INSERT' THEN PERFORM market_rfq_progress_refresh(OLD.rfq_id); END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.rfq_id IS DISTINCT FROM OLD.rfq_id) THEN PERFORM market_rfq_progress_refresh(NEW.rfq_id); END IF;
    RETURN NULL;
  END $$`;

/** The rebuild, with cancellations and the buyer-side kecamatan (only the two day tables' inserts changed). */
const REBUILD = `
  CREATE OR REPLACE FUNCTION market_rollups_rebuild() RETURNS void LANGUAGE plpgsql AS $$
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
    INSERT INTO market_ikm_day (day, sector, kecamatan_code, quotes, deals, deal_value, deals_completed, deals_cancelled, cancelled_value)
    SELECT c.day, c.sector, c.kec, sum(c.quotes), sum(c.deals), sum(c.value), sum(c.completed), sum(c.cancelled), sum(c.cancelled_value)
      FROM (SELECT market_wib_day(q.created_at), r.sector::text, q.ikm_kecamatan_code, 1, 0, 0::bigint, 0, 0, 0::bigint
              FROM quote q JOIN rfq r ON r.id = q.rfq_id WHERE q.revision = 1
            UNION ALL
            SELECT market_wib_day(d.created_at), r.sector::text, d.ikm_kecamatan_code, 0, 1, d.value, 0, (d.status = 'CANCELLED')::int,
                   CASE WHEN d.status = 'CANCELLED' THEN d.value ELSE 0 END
              FROM deal d JOIN rfq r ON r.id = d.rfq_id
            UNION ALL
            SELECT market_wib_day(d.completed_at), r.sector::text, d.ikm_kecamatan_code, 0, 0, 0::bigint, 1, 0, 0::bigint
              FROM deal d JOIN rfq r ON r.id = d.rfq_id WHERE d.status = 'COMPLETED' AND d.completed_at IS NOT NULL
           ) c(day, sector, kec, quotes, deals, value, completed, cancelled, cancelled_value)
     GROUP BY 1, 2, 3;
    INSERT INTO market_buyer_day (day, sector, buyer_organization_id, kecamatan_code, deals, deal_value, deals_cancelled, cancelled_value)
    SELECT market_wib_day(d.created_at), r.sector::text, d.buyer_organization_id, d.ikm_kecamatan_code, count(*), sum(d.value),
           count(*) FILTER (WHERE d.status = 'CANCELLED'), coalesce(sum(d.value) FILTER (WHERE d.status = 'CANCELLED'), 0)
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
  END $$`;

/** The three functions as the previous migration left them, restored by down(). */
const PREVIOUS_APPLY_RFQ_FACTS = `
  CREATE OR REPLACE FUNCTION market_apply_rfq_facts(p_rfq uuid, p_sector text, p_sign int) RETURNS void LANGUAGE plpgsql AS $$
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

const PREVIOUS_ON_DEAL = `
  CREATE OR REPLACE FUNCTION market_on_deal() RETURNS trigger LANGUAGE plpgsql AS $$
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

const PREVIOUS_REBUILD = `
  CREATE OR REPLACE FUNCTION market_rollups_rebuild() RETURNS void LANGUAGE plpgsql AS $$
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

/**
 * The dashboard counts deals that were not cancelled, and narrows buyers' deals by the IKM's
 * kecamatan: market_ikm_day and market_buyer_day count cancelled deals apart (by award day, the
 * day their value was counted) and market_buyer_day gains the kecamatan, then everything is rebuilt.
 */
export class MarketRollupsCancelled1795856192839 implements MigrationInterface {
  name = 'MarketRollupsCancelled1795856192839';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "market_ikm_day" ADD "deals_cancelled" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "market_ikm_day" ADD "cancelled_value" bigint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "market_buyer_day" ADD "kecamatan_code" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "market_buyer_day" ALTER COLUMN "kecamatan_code" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "market_buyer_day" DROP CONSTRAINT "PK_147157e56efa7804fad53a44a88"`);
    await queryRunner.query(`ALTER TABLE "market_buyer_day" ADD CONSTRAINT "PK_fe2ef2c40085576ec3fa14e5f91" PRIMARY KEY ("day", "buyer_organization_id", "sector", "kecamatan_code")`);
    await queryRunner.query(`ALTER TABLE "market_buyer_day" ADD "deals_cancelled" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "market_buyer_day" ADD "cancelled_value" bigint NOT NULL DEFAULT '0'`);
    for (const sql of [APPLY_RFQ_FACTS, ON_DEAL, REBUILD]) await queryRunner.query(sql);
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`SELECT market_rollups_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [PREVIOUS_APPLY_RFQ_FACTS, PREVIOUS_ON_DEAL, PREVIOUS_REBUILD]) await queryRunner.query(sql);
    await queryRunner.query(`ALTER TABLE "market_buyer_day" DROP COLUMN "cancelled_value"`);
    await queryRunner.query(`ALTER TABLE "market_buyer_day" DROP COLUMN "deals_cancelled"`);
    await queryRunner.query(`TRUNCATE "market_buyer_day"`);
    await queryRunner.query(`ALTER TABLE "market_buyer_day" DROP CONSTRAINT "PK_fe2ef2c40085576ec3fa14e5f91"`);
    await queryRunner.query(`ALTER TABLE "market_buyer_day" ADD CONSTRAINT "PK_147157e56efa7804fad53a44a88" PRIMARY KEY ("day", "buyer_organization_id", "sector")`);
    await queryRunner.query(`ALTER TABLE "market_buyer_day" DROP COLUMN "kecamatan_code"`);
    await queryRunner.query(`ALTER TABLE "market_ikm_day" DROP COLUMN "cancelled_value"`);
    await queryRunner.query(`ALTER TABLE "market_ikm_day" DROP COLUMN "deals_cancelled"`);
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`SELECT market_rollups_rebuild()`);
  }
}
