import { DataSource } from 'typeorm';
import { Sector, taxonomyCatalog } from '@jalin/taxonomy';

const codes = (items: readonly { code: string }[]) => items.map((i) => i.code);

/**
 * Inserts `count` synthetic IKM organizations and profiles in SQL (generate_series), seeded so
 * every run draws the same market: 70% metal, 15% plastic, 15% agro; 2-6 processes and 1-4
 * materials of the sector; SNI on half, ISO 9001 on a quarter, TKDN on 30%, HALAL on half of agro;
 * one certificate in ten expired; locations across Central Java; 30% verified.
 */
export async function seedBenchProfiles(dataSource: DataSource, count: number): Promise<void> {
  await dataSource.transaction(async (db) => {
    // A million rows take longer than the application's statement timeout. The dashboard's row-level
    // trigger is off for the bulk load (row by row it would take minutes); its rollups are rebuilt
    // once below.
    await db.query('SET LOCAL statement_timeout = 0');
    await db.query('ALTER TABLE capability_profile DISABLE TRIGGER market_profile_change');
    const sectorCodes = (s: Sector) => ({ p: codes(taxonomyCatalog.processesOf(s)), m: codes(taxonomyCatalog.materialsOf(s)) });
    const metal = sectorCodes(Sector.METAL);
    const plastic = sectorCodes(Sector.PLASTIC);
    const agro = sectorCodes(Sector.AGRO);
    await db.query('SELECT setseed(0.42)');
    await db.query(
      `INSERT INTO organization (id, name, kind, is_demo)
       SELECT md5('bench-org-' || g)::uuid, 'Bench IKM ' || lpad(g::text, 7, '0'), 'IKM', false FROM generate_series(1, $1) g`,
      [count],
    );
    const pick = (arr: string, share: number) =>
      `(SELECT coalesce(array_agg(x ORDER BY x), ARRAY[(${arr})[1]]) FROM unnest(${arr}) x WHERE random() < ${share} AND b.g > 0)`;
    await db.query(
      `WITH base AS (
         SELECT g, CASE WHEN g % 20 < 14 THEN 'METAL' WHEN g % 20 < 17 THEN 'PLASTIC' ELSE 'AGRO' END AS sector,
                random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
           FROM generate_series(1, $1) g
       ), drawn AS (
         SELECT b.*,
                CASE b.sector WHEN 'METAL' THEN ${pick('$2::text[]', 0.3)} WHEN 'PLASTIC' THEN ${pick('$4::text[]', 0.5)} ELSE ${pick('$6::text[]', 0.5)} END AS processes,
                CASE b.sector WHEN 'METAL' THEN ${pick('$3::text[]', 0.25)} WHEN 'PLASTIC' THEN ${pick('$5::text[]', 0.35)} ELSE ${pick('$7::text[]', 0.35)} END AS materials,
                array_remove(ARRAY[
                  CASE WHEN b.r1 < 0.5 THEN 'SNI' END, CASE WHEN b.r2 < 0.25 THEN 'ISO_9001' END,
                  CASE WHEN b.r3 < 0.3 THEN 'TKDN' END, CASE WHEN b.sector = 'AGRO' AND b.r4 < 0.5 THEN 'HALAL' END], NULL) AS certs
           FROM base b
       )
       INSERT INTO capability_profile (organization_id, sectors, processes, materials, certification_codes, certifications, kbli,
         monthly_capacity, capacity_unit, min_order_quantity, lead_time_days, kecamatan_code, lat, lng, machines, workforce, verified, verified_at)
       SELECT md5('bench-org-' || d.g)::uuid, ARRAY[d.sector], d.processes, d.materials, d.certs,
              coalesce((SELECT jsonb_agg(jsonb_build_object('code', c, 'number', c || '-' || d.g,
                          'validUntil', to_char(current_date + (CASE WHEN random() < 0.1 AND d.g > 0 THEN -30 ELSE 365 END), 'YYYY-MM-DD')))
                          FROM unnest(d.certs) c), '[]'::jsonb),
              '[]'::jsonb,
              (100 + floor(d.r5 * 9900))::int, 'pcs', (10 + floor(d.r2 * 490))::int, (3 + floor(d.r3 * 42))::int,
              '3328140', round((-6.2 - d.r4 * 1.4)::numeric, 6)::float8, round((108.6 + d.r1 * 2.2)::numeric, 6)::float8, ARRAY['Mesin ' || d.g], (2 + floor(d.r5 * 80))::int,
              d.r3 < 0.3, CASE WHEN d.r3 < 0.3 THEN now() END
         FROM drawn d`,
      [count, metal.p, metal.m, plastic.p, plastic.m, agro.p, agro.m],
    );
    await db.query('ALTER TABLE capability_profile ENABLE TRIGGER market_profile_change');
    await db.query('SELECT market_rollups_rebuild()');
  });
}
