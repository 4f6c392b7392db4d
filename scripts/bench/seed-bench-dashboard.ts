import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { KECAMATAN } from '@jalin/taxonomy';
import { DealStatus, MatchingStatus, MatchStatus, QuoteStatus, RfqStatus } from '@jalin/sourcing';

/**
 * A market the size of a province for `npm run bench:dashboard`, written with set-based SQL
 * (INSERT ... SELECT generate_series): 300 buyers, 20,000 IKMs with profiles over the 18 Tegal
 * kecamatan (about a third verified), `rfqs` RFQs over the last three years across the three
 * sectors, a dozen matches and quotes per quoted RFQ (about a tenth revised once) and `deals`
 * deals in every status (about 5% CANCELLED, about half COMPLETED) with exact bigint values (the
 * total passes 2^53 rupiah at a million deals).
 *
 * Every row is a pure function of its numbers (ids are md5 of a tag and the numbers), so each table
 * is written by one statement without joins. The market_* triggers (and the other user triggers)
 * of rfq, rfq_match, quote, deal and capability_profile are off for the load: ikm_kecamatan_code,
 * which the BEFORE INSERT stamping triggers would set, is written here from the same function of
 * the IKM number, and so are the profile's derived organization_name and search_text. (The
 * worker's matching_profile_vector stays empty: the benchmark runs no matching.)
 * Then the triggers are back on, `market_rollups_rebuild()` fills the rollups, and ANALYZE.
 *
 * RFQ n: n % 20 = 0 unmatched, = 1 matched but not quoted, else quoted ("slot" s numbers the
 * quoted RFQs); deal d goes to slot d % quoted, to its quote of rank d / quoted + 1.
 */
export interface DashboardSeedShape {
  rfqs: number;
  deals: number;
  ikms?: number;
  buyers?: number;
  log?: (line: string) => void;
}

export interface DashboardSeedResult {
  rfqs: number;
  deals: number;
  quotes: number;
  matches: number;
  ikms: number;
  buyers: number;
  seconds: number;
}

const TRIGGERED_TABLES = ['rfq', 'rfq_match', 'quote', 'deal', 'capability_profile'];

export async function seedBenchDashboard(databaseUrl: string, shape: DashboardSeedShape): Promise<DashboardSeedResult> {
  const R = shape.rfqs;
  const D = shape.deals;
  const I = shape.ikms ?? 20_000;
  const B = shape.buyers ?? 300;
  const log = shape.log ?? ((line: string) => console.log(line));
  const quotedRfqs = Math.floor(R / 20) * 18 + Math.max(0, (R % 20) - 2);
  if (quotedRfqs === 0) throw new Error('seedBenchDashboard: too few RFQs');
  const perRfq = Math.ceil(D / quotedRfqs) + 1; // quotes of a quoted RFQ: one more than it has deals
  if (perRfq + 1 > 1543 || I <= perRfq + 1) throw new Error('seedBenchDashboard: too many deals per RFQ for the IKMs');

  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  const step = async (label: string, sql: string) => {
    const t = performance.now();
    const result = await client.query(sql);
    log(`  ${label.padEnd(34)} ${String(result.rowCount ?? '').padStart(9)} rows ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
  };
  try {
    await client.query(`SET statement_timeout = 0`);
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '512MB'`);
    await client.query(`SET work_mem = '64MB'`);
    const t0 = (await client.query(`SELECT date_trunc('second', now())::text AS t`)).rows[0].t as string;

    const kec = `(ARRAY[${KECAMATAN.map((k) => `'${k.code}'`).join(',')}])`;
    const sentra = `(ARRAY['3328140','3328120','3328160'])`; // Talang, Adiwerna, Kramat
    /** Kecamatan of IKM j: a third in the metal sentra, the rest spread over all 18. */
    const kecOf = (j: string) => `(CASE WHEN (${j}) % 3 = 0 THEN ${sentra}[((${j}) / 3) % 3 + 1] ELSE ${kec}[((${j}) / 3) % 18 + 1] END)`;
    const h = (x: string) => `(hashint4((${x})::int) & 2147483647)`;
    const sectorOf = (x: string) => `(CASE WHEN (${x}) % 10 < 6 THEN 'METAL' WHEN (${x}) % 10 < 8 THEN 'PLASTIC' ELSE 'AGRO' END)`;
    const id = (tag: string, ...parts: string[]) => `md5('${tag}' || ${parts.map((p) => `(${p})::text`).join(` || '.' || `)})::uuid`;
    /** RFQ n's creation: spread over three years up to 12 days ago, with up to two hours of jitter. */
    const rfqAt = (n: string) => `('${t0}'::timestamptz - interval '1095 days' + ((${n})::float8 / ${R}) * interval '1083 days' + ${h(n)} % 7200 * interval '1 second')`;
    const buyerOf = (n: string) => `(${h(`(${n}) * 7 + 3`)} % ${B})`;
    const ikmOf = (n: string, k: string) => `(((${n})::bigint * 7919 + (${k}) * 1543) % ${I})::int`;
    const slotToN = (s: string) => `(((${s}) / 18) * 20 + 2 + (${s}) % 18)`;
    const nToSlot = (n: string) => `(((${n}) / 20) * 18 + (${n}) % 20 - 2)`;
    /** Quote of rank k of a quoted RFQ n is awarded when its deal number is below D. */
    const awarded = (n: string, k: string) => `(((${k}) - 1)::bigint * ${quotedRfqs} + ${nToSlot(n)} < ${D})`;
    const revised = (n: string, k: string) => `(((${n}) + (${k})) % 10 = 0)`;
    const quantityOf = (n: string, k: string) => `(50 + (((${n})::bigint * 7 + (${k}) * 13) % 9950))::int`;
    const priceOf = (n: string, k: string) => `(5000 + ${h(`(${n}) * 31 + (${k})`)} % 4995000)::bigint`;
    const quoteAt = (n: string, k: string) => `(${rfqAt(n)} + (1 + ((${n}) * 13 + (${k}) * 7) % 96) * interval '1 hour')`;

    await client.query('BEGIN');
    for (const table of TRIGGERED_TABLES) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    await client.query('COMMIT');

    await step('buyer organizations', `
      INSERT INTO organization (id, name, kind, city)
      SELECT ${id('b', 'b')}, 'PT Bench Manufaktur ' || b, 'BUYER', 'Kendal' FROM generate_series(0, ${B - 1}) b`);
    await step('buyer users', `
      INSERT INTO app_user (id, organization_id, email, password_hash, name, role)
      SELECT ${id('u', 'b')}, ${id('b', 'b')}, 'bench-buyer-' || b || '@bench.jalin.test', 'x', 'Bench Buyer ' || b, 'BUYER'
        FROM generate_series(0, ${B - 1}) b`);
    await step('IKM organizations', `
      INSERT INTO organization (id, name, kind, kecamatan_code, city)
      SELECT ${id('o', 'j')}, 'CV Bench Karya ' || j, 'IKM', ${kecOf('j')}, 'Kabupaten Tegal' FROM generate_series(0, ${I - 1}) j`);
    await step('capability profiles', `
      INSERT INTO capability_profile (id, organization_id, organization_name, sectors, processes, materials, certification_codes, certifications, kbli,
                                      monthly_capacity, capacity_unit, min_order_quantity, lead_time_days, kecamatan_code, lat, lng, verified, verified_at, search_text)
      SELECT ${id('p', 'j')}, ${id('o', 'j')}, 'CV Bench Karya ' || j, ARRAY[s],
             CASE s WHEN 'METAL' THEN ARRAY['LASER_CUTTING','BENDING'] WHEN 'PLASTIC' THEN ARRAY['INJECTION_MOULDING'] ELSE ARRAY['DRYING'] END,
             CASE s WHEN 'METAL' THEN ARRAY['SS400'] WHEN 'PLASTIC' THEN ARRAY['PP'] ELSE ARRAY['COFFEE_BEAN'] END,
             '{}', '[]'::jsonb, '[]'::jsonb, 1000 + j % 5000, 'pcs', 10 + j % 100, 7 + j % 30, ${kecOf('j')}, -6.95, 109.13,
             (j / 7) % 3 = 0, CASE WHEN (j / 7) % 3 = 0 THEN '${t0}'::timestamptz - interval '30 days' END, lower('CV Bench Karya ' || j || E'\\n')
        FROM generate_series(0, ${I - 1}) j CROSS JOIN LATERAL (SELECT ${sectorOf('j')} AS s) x`);
    await step('RFQs', `
      INSERT INTO rfq (id, buyer_organization_id, created_by_user_id, title, description, sector, processes, materials, quantity, unit,
                       delivery_lat, delivery_lng, needed_by, quote_deadline, status, matching_status, matched_at, created_at, updated_at)
      SELECT ${id('r', 'n')}, ${id('b', buyerOf('n'))}, ${id('u', buyerOf('n'))}, 'Bench RFQ ' || n, 'bench', s::sector,
             CASE s WHEN 'METAL' THEN ARRAY['LASER_CUTTING','BENDING'] WHEN 'PLASTIC' THEN ARRAY['INJECTION_MOULDING'] ELSE ARRAY['DRYING'] END,
             CASE s WHEN 'METAL' THEN ARRAY['SS400'] WHEN 'PLASTIC' THEN ARRAY['PP'] ELSE ARRAY['COFFEE_BEAN'] END,
             1000, 'pcs', -6.93, 110.22, (at + interval '60 days')::date, at + interval '5 days',
             (CASE WHEN n % 20 >= 2 AND ${nToSlot('n')} < ${D} THEN '${RfqStatus.AWARDED}' WHEN n % 20 = 0 THEN '${RfqStatus.OPEN}' ELSE '${RfqStatus.CLOSED}' END)::rfq_status,
             '${MatchingStatus.DONE}', at + interval '10 minutes', at, at
        FROM generate_series(0, ${R - 1}) n CROSS JOIN LATERAL (SELECT ${sectorOf('n')} AS s, ${rfqAt('n')} AS at) x`);
    await step('matches', `
      INSERT INTO rfq_match (id, rfq_id, ikm_organization_id, profile_id, score, initial_rank, breakdown, deliverable_quantity, engine_version, status, created_at, updated_at)
      SELECT ${id('m', 'n', 'k')}, ${id('r', 'n')}, ${id('o', ikmOf('n', 'k'))}, ${id('p', ikmOf('n', 'k'))}, 0.95 - k * 0.01, k, '[]'::jsonb, 1000, 'bench',
             (CASE WHEN n % 20 = 1 OR k > ${perRfq} THEN '${MatchStatus.NEW}' WHEN ${awarded('n', 'k')} THEN '${MatchStatus.AWARDED}' ELSE '${MatchStatus.NOT_AWARDED}' END)::match_status,
             ${rfqAt('n')} + interval '10 minutes', ${rfqAt('n')} + interval '10 minutes'
        FROM generate_series(0, ${R - 1}) n CROSS JOIN generate_series(1, ${perRfq + 1}) k
       WHERE n % 20 <> 0 AND (n % 20 <> 1 OR k <= 3)`);
    await step('quotes (first revisions)', `
      INSERT INTO quote (id, rfq_id, ikm_organization_id, match_id, revision, current, unit_price, quantity, lead_time_days, valid_until, status,
                         ikm_kecamatan_code, created_at, updated_at)
      SELECT ${id('q', 'n', 'k', '1')}, ${id('r', 'n')}, ${id('o', ikmOf('n', 'k'))}, ${id('m', 'n', 'k')}, 1, NOT ${revised('n', 'k')},
             ${priceOf('n', 'k')}, ${quantityOf('n', 'k')}, 7 + k % 30, (at + interval '30 days')::date,
             (CASE WHEN ${revised('n', 'k')} THEN '${QuoteStatus.SUBMITTED}' WHEN ${awarded('n', 'k')} THEN '${QuoteStatus.AWARDED}' ELSE '${QuoteStatus.REJECTED}' END)::quote_status,
             ${kecOf(ikmOf('n', 'k'))}, at, at
        FROM generate_series(0, ${R - 1}) n CROSS JOIN generate_series(1, ${perRfq}) k CROSS JOIN LATERAL (SELECT ${quoteAt('n', 'k')} AS at) x
       WHERE n % 20 >= 2`);
    await step('quotes (second revisions)', `
      INSERT INTO quote (id, rfq_id, ikm_organization_id, match_id, revision, current, unit_price, quantity, lead_time_days, valid_until, status,
                         ikm_kecamatan_code, created_at, updated_at)
      SELECT ${id('q', 'n', 'k', '2')}, ${id('r', 'n')}, ${id('o', ikmOf('n', 'k'))}, ${id('m', 'n', 'k')}, 2, true,
             ${priceOf('n', 'k')} - 100, ${quantityOf('n', 'k')}, 7 + k % 30, (at + interval '30 days')::date,
             (CASE WHEN ${awarded('n', 'k')} THEN '${QuoteStatus.AWARDED}' ELSE '${QuoteStatus.REJECTED}' END)::quote_status,
             ${kecOf(ikmOf('n', 'k'))}, at, at
        FROM generate_series(0, ${R - 1}) n CROSS JOIN generate_series(1, ${perRfq}) k
             CROSS JOIN LATERAL (SELECT ${quoteAt('n', 'k')} + interval '20 hours' AS at) x
       WHERE n % 20 >= 2 AND ${revised('n', 'k')}`);
    // Status by a hash of the deal number: 5% CANCELLED, 50% COMPLETED, the rest on the way.
    await step('deals', `
      INSERT INTO deal (id, rfq_id, quote_id, buyer_organization_id, ikm_organization_id, quantity, unit_price, value, status, needed_by,
                        delivered_on, delivered_on_time, completed_at, ikm_kecamatan_code, created_at, updated_at)
      SELECT ${id('d', 'd')}, ${id('r', 'n')}, CASE WHEN ${revised('n', 'k')} THEN ${id('q', 'n', 'k', '2')} ELSE ${id('q', 'n', 'k', '1')} END,
             ${id('b', buyerOf('n'))}, ${id('o', ikmOf('n', 'k'))}, qty, price, qty * price, st::deal_status, (at + interval '60 days')::date,
             CASE WHEN st IN ('${DealStatus.DELIVERED}', '${DealStatus.COMPLETED}') THEN (at + interval '18 days')::date END,
             CASE WHEN st IN ('${DealStatus.DELIVERED}', '${DealStatus.COMPLETED}') THEN d % 4 <> 0 END,
             CASE WHEN st = '${DealStatus.COMPLETED}' THEN least(at + interval '20 days' + (d % 100) * interval '1 hour', '${t0}'::timestamptz - interval '1 hour') END,
             ${kecOf(ikmOf('n', 'k'))}, at, at
        FROM generate_series(0, ${D - 1}) d
             CROSS JOIN LATERAL (SELECT ${slotToN(`d % ${quotedRfqs}`)} AS n, (d / ${quotedRfqs} + 1)::int AS k) p
             CROSS JOIN LATERAL (SELECT ${quantityOf('n', 'k')} AS qty, ${priceOf('n', 'k')} - CASE WHEN ${revised('n', 'k')} THEN 100 ELSE 0 END AS price,
                                        ${rfqAt('n')} + interval '7 days' + (d % 48) * interval '1 hour' AS at,
                                        (CASE WHEN ${h('d * 3 + 1')} % 100 < 5 THEN '${DealStatus.CANCELLED}' WHEN ${h('d * 3 + 1')} % 100 < 55 THEN '${DealStatus.COMPLETED}'
                                              WHEN ${h('d * 3 + 1')} % 100 < 65 THEN '${DealStatus.DELIVERED}' WHEN ${h('d * 3 + 1')} % 100 < 80 THEN '${DealStatus.IN_PRODUCTION}'
                                              WHEN ${h('d * 3 + 1')} % 100 < 90 THEN '${DealStatus.PO_ISSUED}' ELSE '${DealStatus.AWARDED}' END) AS st) v`);

    await client.query('BEGIN');
    for (const table of TRIGGERED_TABLES) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    await client.query('COMMIT');
    await step('market_rollups_rebuild()', `SELECT market_rollups_rebuild()`);
    await step('ANALYZE', `ANALYZE`);

    const counts = (await client.query(`
      SELECT (SELECT count(*) FROM rfq)::int AS rfqs, (SELECT count(*) FROM deal)::int AS deals, (SELECT count(*) FROM quote)::int AS quotes,
             (SELECT count(*) FROM rfq_match)::int AS matches, (SELECT count(*) FROM capability_profile)::int AS ikms,
             (SELECT count(*) FROM organization WHERE kind = 'BUYER')::int AS buyers`)).rows[0];
    return { ...counts, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
