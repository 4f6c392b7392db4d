import { Logger } from '@nestjs/common';
import { computeFigures, MarketStoreSync } from '@jalin/dashboard';
import { testConfig } from '@jalin/testing';
import { loadStoreByText } from '../../support/dashboard-text-load';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';

jest.setTimeout(90000);

const BUYERS = ['00000000-0000-4000-8000-00000000000a', 'ffffffff-ffff-4fff-bfff-fffffffffff1', '12345678-9abc-4def-8123-456789abcdef'];
const IKMS = ['aaaaaaaa-0000-4000-8000-000000000001', 'bbbbbbbb-0000-4000-8000-000000000002'];
const TALANG = '3328140';
const AS_OF = new Date('2026-12-01T00:00:00Z');
const FILTERS = [
  { from: null, to: null, sector: null, kecamatanCode: null },
  { from: '2026-02-10', to: '2026-05-20', sector: null, kecamatanCode: null },
  { from: '2026-01-01', to: null, sector: 'METAL', kecamatanCode: TALANG },
  { from: null, to: '2026-03-31', sector: 'AGRO', kecamatanCode: null },
] as const;
/** Sums at and past the bounds the store splits (2^24 lo, 2^53 exact doubles, 2^63 int8). */
const BIG = [0n, 2n ** 24n - 1n, 2n ** 24n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 10n ** 15n * 1_000n + 7n, 2n ** 63n * 1000n + 7n];

/**
 * The store the replica loads by binary COPY (and re-reads by binary COPY) is the store the former
 * text load builds from the same rows: every figure for every filter, the same writes, the same
 * rows refused. The rollup rows are planted directly, with money past 2^53 and 2^63, empty
 * kecamatan codes, days outside the activity masks' years, rows out of key order, and rows the
 * store cannot hold (a fraction, NaN, a negative sum, more than 2^77).
 */
describe('dashboard store: the binary load equals the text load', () => {
  let run: ScratchRun;
  let sync: MarketStoreSync;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    run = await startScratchRun('dashboard_store_load');
    const q = (text: string, values: unknown[] = []) => run.sql.query(text, values);
    // A little market: 3 sectors × 3 buyers × 150 days, written newest first (out of key order).
    await q(`INSERT INTO market_rfq_day (day, sector, buyer_organization_id, rfqs_posted, rfqs_matched, rfqs_quoted, rfqs_awarded, rfqs_open)
             SELECT DATE '2026-01-01' + d, s, b::uuid, 1 + (d * 7 + length(s)) % 5, (d * 3) % 4, d % 3, d % 2, (d + 1) % 3
               FROM generate_series(149, 0, -1) d, unnest(ARRAY['METAL', 'PLASTIC', 'AGRO']) s, unnest($1::text[]) b
              WHERE (d + length(s)) % 4 <> 0`, [BUYERS]);
    await q(`INSERT INTO market_buyer_day (day, sector, buyer_organization_id, kecamatan_code, deals, deals_cancelled, deal_value, cancelled_value)
             SELECT DATE '2026-01-01' + d, s, b::uuid, k, 1 + d % 3, d % 2, ((d + 1)::numeric * 123456789012), (d % 2 * 98765)::numeric
               FROM generate_series(149, 0, -1) d, unnest(ARRAY['METAL', 'AGRO']) s, unnest($1::text[]) b, unnest(ARRAY['${TALANG}', '', '3328120']) k
              WHERE (d + length(k)) % 3 <> 0`, [BUYERS]);
    await q(`INSERT INTO market_ikm_day (day, sector, kecamatan_code, quotes, deals, deals_completed, deals_cancelled, deal_value, cancelled_value)
             SELECT DATE '2026-01-01' + d, s, k, d % 7, 1 + d % 3, d % 2, d % 2, ((d + 1)::numeric * 987654321), 0
               FROM generate_series(149, 0, -1) d, unnest(ARRAY['METAL', 'PLASTIC']) s, unnest(ARRAY['${TALANG}', '']) k`);
    for (const [i, value] of BIG.entries()) {
      const day = `2026-07-${String(i + 1).padStart(2, '0')}`;
      await q(`INSERT INTO market_buyer_day (day, sector, buyer_organization_id, kecamatan_code, deals, deal_value, cancelled_value) VALUES ($1, 'METAL', $2, $3, 1, $4::numeric, div($4::numeric, 3))`, [day, BUYERS[i % 3], TALANG, value.toString()]);
      await q(`INSERT INTO market_ikm_day (day, sector, kecamatan_code, deals, deal_value, cancelled_value) VALUES ($1, 'AGRO', $2, 1, $3::numeric, div($3::numeric, 3))`, [day, i % 2 ? TALANG : '', value.toString()]);
    }
    // Rows neither load can hold: each is refused, by key, and the rest still loads.
    for (const [day, value] of [['2026-08-01', '1.5'], ['2026-08-02', 'NaN'], ['2026-08-03', '-5'], ['2026-08-04', (10n ** 30n).toString()]]) {
      await q(`INSERT INTO market_ikm_day (day, sector, kecamatan_code, deals, deal_value) VALUES ($1, 'METAL', 'X', 1, $2::numeric)`, [day, value]);
    }
    await q(`INSERT INTO market_first_quote (day, sector, hours, rfqs)
             SELECT DATE '2026-01-01' + d, s, h, 1 + (d + h) % 4 FROM generate_series(99, 0, -1) d, unnest(ARRAY['METAL', 'AGRO']) s, unnest(ARRAY[0, 3, 47, 1000]) h`);
    await q(`INSERT INTO market_ikm_activity (day, sector, ikm_organization_id, kecamatan_code, quotes)
             SELECT day, s, i::uuid, k, q FROM (VALUES (DATE '1999-12-31', 1), (DATE '2101-01-01', 2), (DATE '2026-02-28', 0), (DATE '2026-02-01', 1), (DATE '2026-03-31', 3)) v(day, q),
                    unnest(ARRAY['METAL', 'AGRO']) s, unnest($1::text[]) i, unnest(ARRAY['${TALANG}', '']) k`, [IKMS]);
    await q(`INSERT INTO market_ikm_total (sector, kecamatan_code, ikms, verified) VALUES ('ALL', 'ALL', 9, 4), ('METAL', 'ALL', 5, 2), ('METAL', '${TALANG}', 3, 1), ('AGRO', '', 2, 0)`);

    sync = new MarketStoreSync(testConfig({ ...run.env, DASHBOARD_SYNC_MS: '60000' }));
    sync.onModuleInit();
  });
  afterAll(async () => {
    await sync?.onModuleDestroy();
    await run?.drop();
    Logger.overrideLogger(['log', 'error', 'warn']);
  });

  const sameAsTextLoad = async () => {
    const { store } = await sync.current();
    const text = await loadStoreByText(run.env.DATABASE_URL);
    for (const filter of FILTERS) expect(computeFigures(store, filter as never, AS_OF)).toEqual(computeFigures(text.store, filter as never, AS_OF));
    return { store, text };
  };

  it('loads every figure the text load gives, exactly past 2^53 and 2^63, and refuses the same rows', async () => {
    const { store, text } = await sameAsTextLoad();
    expect(store.version).toBe(text.store.version);
    expect([...text.skipped].sort()).toEqual(['market_ikm_day:2026-08-01|METAL|X', 'market_ikm_day:2026-08-02|METAL|X', 'market_ikm_day:2026-08-03|METAL|X', 'market_ikm_day:2026-08-04|METAL|X']);
    expect(sync.health()).toEqual({ degraded: true, skippedRows: 4 });

    // Deals and their value net of the cancelled ones, as the dashboard reports them.
    const { rows: [sums] } = await run.sql.query(`SELECT (SELECT sum(deal_value - cancelled_value) FROM market_ikm_day WHERE kecamatan_code <> 'X')::text AS ikm,
      (SELECT sum(deal_value - cancelled_value) FROM market_buyer_day)::text AS buyer,
      (SELECT sum(deals - deals_cancelled) FROM market_ikm_day WHERE kecamatan_code <> 'X')::int AS deals`);
    const figures = computeFigures(store, FILTERS[0], AS_OF);
    expect(figures.totals.dealValue).toBe(BigInt(sums.ikm));
    expect(figures.totals.deals).toBe(sums.deals);
    expect(figures.byBuyer.reduce((sum, b) => sum + b.dealValue, 0n)).toBe(BigInt(sums.buyer));
    expect(sums.ikm.length).toBeGreaterThan(21); // past 2^63 × 1000
  });

  it('re-reads changed rows by binary COPY into the same store the text load builds from scratch', async () => {
    await run.sql.query(`UPDATE market_buyer_day SET deal_value = deal_value + $1::numeric, deals = deals + 1 WHERE day = '2026-01-05'`, [(2n ** 60n).toString()]);
    await run.sql.query(`UPDATE market_ikm_day SET deal_value = 11 WHERE day = '2026-08-01'`); // the refused row becomes whole rupiah
    await run.sql.query(`INSERT INTO market_ikm_activity (day, sector, ikm_organization_id, kecamatan_code, quotes) VALUES ('2026-04-15', 'PLASTIC', $1, '', 2)`, [IKMS[0]]);
    await run.sql.query(`UPDATE market_ikm_total SET ikms = 10 WHERE sector = 'ALL'`);
    await sync.sync();
    const { text } = await sameAsTextLoad();
    expect(text.skipped.size).toBe(3);
    expect(sync.health()).toEqual({ degraded: true, skippedRows: 3 });
  });
});
