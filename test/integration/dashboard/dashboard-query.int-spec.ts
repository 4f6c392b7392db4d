import { INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { runDemoSeed } from '@jalin/demo-data';
import { DashboardDealsQueries } from '@jalin/dashboard';
import { KECAMATAN } from '@jalin/taxonomy';
import { GraphqlClient, login, registerAccount, RegisteredAccount, RunningApi, startApi, startWorker, testConfig } from '@jalin/testing';
import { computeDashboardOracle, DASHBOARD_QUERY, dashboardAsOracle, OracleDashboard, OracleFilter } from '../../support/dashboard-oracle';
import { ikmWithProfile, postRfq } from '../../support/marketplace-builders';
import { parseCsv } from '../../support/parse-csv';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';
import { AWARD, quoteInput, SUBMIT_QUOTE, UPDATE_DEAL } from '../deals/deal-market';

const MATCHING = `query R($id: ID!) { rfq(id: $id) { matchingStatus matches { ikm { id } } } }`;
const SMALL = `query Q($filter: DashboardFilter, $first: Int, $buyers: Int) {
  dashboard(filter: $filter) { totals { rfqs deals } byBuyer(first: $buyers) { rfqs } recentDeals(first: $first) { id } } }`;
const ADMIN_EMAIL = 'bootstrap-admin@jalin.test';
const ADMIN_PASSWORD = 'bootstrap admin password';
const TALANG = '3328140';

/** WIB calendar day, n days from now. */
const wibDay = (daysFromNow: number) => new Date(Date.now() + 7 * 3_600_000 + daysFromNow * 86_400_000).toISOString().slice(0, 10);

/**
 * The Dinas dashboard, over real HTTP on the real API and worker, equals an independent GROUP BY
 * over the base tables (test/support/dashboard-oracle.ts) for every filter a Dinas officer uses,
 * follows live changes within seconds, is for DINAS and ADMIN only, refuses bad input, and its
 * exports carry the same figures.
 */
describe('dashboard query', () => {
  let run: ScratchRun;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let anonymous: GraphqlClient;
  let admin: GraphqlClient;
  let dinas: GraphqlClient;
  let dinasToken: string;
  let buyer: RegisteredAccount;
  let ikm: RegisteredAccount & { profileId: string };

  beforeAll(async () => {
    run = await startScratchRun('dashboard_query');
    const base = { ...run.env, OUTBOX_POLL_MS: '50', DASHBOARD_SYNC_MS: '250' };
    api = await startApi(testConfig({ ...base, BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL, BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD }));
    worker = await startWorker(testConfig(base));
    anonymous = new GraphqlClient(api.url);
    await runDemoSeed(api.app.get(DataSource));
    await matchingSettled();

    admin = anonymous.as((await login(anonymous, ADMIN_EMAIL, ADMIN_PASSWORD)).accessToken);
    const dinasEmail = `dinas-${Date.now().toString(36)}@tegalkab.go.id`;
    await admin.ok(`mutation M($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`, {
      input: { email: dinasEmail, password: 'correct horse battery', name: 'Petugas Dinas', role: 'DINAS' },
    });
    dinasToken = (await login(anonymous, dinasEmail, 'correct horse battery')).accessToken;
    dinas = anonymous.as(dinasToken);
    buyer = await registerAccount(anonymous, { role: 'BUYER' });
    ikm = await ikmWithProfile(anonymous, { kecamatanCode: TALANG });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await run?.drop();
  });

  /** Nothing left for the worker to match, so the base tables stand still. */
  const matchingSettled = () => waitFor('matching settled',
    async () => Number((await run.sql.query(`SELECT count(*) AS n FROM rfq WHERE matching_status = 'PENDING'`)).rows[0].n), (n) => n === 0, { timeoutMs: 30000 });

  const dashboardOf = async (client: GraphqlClient, filter: OracleFilter, first = 10, buyers?: number): Promise<OracleDashboard> =>
    dashboardAsOracle((await client.ok(DASHBOARD_QUERY, { filter, first, buyers })).dashboard);

  /**
   * The API's answer for the filter reaches the oracle's (its in-memory rollups sync about every
   * DASHBOARD_SYNC_MS) within `timeoutMs`, and then equals it field by field.
   */
  const expectOracle = async (filter: OracleFilter, { first = 10, buyers, timeoutMs = 8000 }: { first?: number; buyers?: number; timeoutMs?: number } = {}) => {
    let last: { got: OracleDashboard; expected: OracleDashboard } | undefined;
    try {
      await waitFor(`the dashboard for ${JSON.stringify(filter)} to equal the oracle`, async () => {
        const expected = await computeDashboardOracle(run.sql, filter, { recentDeals: first, byBuyer: buyers });
        const got = await dashboardOf(dinas, filter, first, buyers);
        last = { got, expected };
        return last;
      }, ({ got, expected }) => JSON.stringify(got) === JSON.stringify(expected), { timeoutMs, intervalMs: 150 });
    } catch {
      // fall through: the deep equality below shows the difference
    }
    expect(last).toBeDefined();
    expect(last!.got).toEqual(last!.expected);
    return last!.expected;
  };

  describe('equals the GROUP BY oracle after the demo seed', () => {
    it('without a filter', async () => {
      const all = await expectOracle({});
      // The demo's year of history: deals, cancellations, completions, months without gaps.
      expect(all.totals.deals).toBeGreaterThan(0);
      expect(all.totals.dealsCancelled).toBeGreaterThan(0);
      expect(all.funnel.dealsCompleted).toBeGreaterThan(0);
      expect(all.monthly.length).toBeGreaterThanOrEqual(12);
      expect(all.bySector.map((s) => s.sector)).toEqual(['METAL', 'PLASTIC', 'AGRO']);
      expect(all.byKecamatan.map((k) => k.kecamatanCode)).toEqual(KECAMATAN.map((k) => k.code));
      expect(all.byBuyer.length).toBeGreaterThan(1);
    });

    it('for a date range', async () => {
      const ranged = await expectOracle({ from: wibDay(-200), to: wibDay(-60) });
      expect(ranged.totals.deals).toBeGreaterThan(0);
      expect(ranged.monthly[0].month).toBe(wibDay(-200).slice(0, 7));
      expect(ranged.monthly[ranged.monthly.length - 1].month).toBe(wibDay(-60).slice(0, 7));
    });

    it('for each sector', async () => {
      for (const sector of ['METAL', 'PLASTIC', 'AGRO'] as const) {
        const figures = await expectOracle({ sector });
        expect(figures.bySector.map((s) => s.sector)).toEqual([sector]);
      }
    });

    it('for a kecamatan with deals: IKM figures narrow, RFQ figures do not', async () => {
      const all = await computeDashboardOracle(run.sql, {});
      const busiest = [...all.byKecamatan].sort((a, b) => b.deals - a.deals)[0];
      expect(busiest.deals).toBeGreaterThan(0);
      const figures = await expectOracle({ kecamatanCode: busiest.kecamatanCode });
      expect(figures.byKecamatan).toEqual([busiest]);
      expect(figures.totals.deals).toBe(busiest.deals);
      expect(figures.totals.rfqs).toBe(all.totals.rfqs);
    });

    it('for a kecamatan without deals', async () => {
      let quiet: string | undefined;
      for (const k of KECAMATAN) {
        const figures = await computeDashboardOracle(run.sql, { kecamatanCode: k.code });
        if (figures.totals.deals === 0 && figures.totals.dealsCancelled === 0) { quiet = k.code; break; }
      }
      expect(quiet).toBeDefined();
      const figures = await expectOracle({ kecamatanCode: quiet });
      expect(figures.totals).toMatchObject({ deals: 0, dealValue: '0', dealsCancelled: 0, cancelledValue: '0' });
      expect(figures.recentDealIds).toEqual([]);
      expect(figures.byKecamatan).toHaveLength(1);
    });

    it('for an empty period: zero months listed, the IKM stock still counted', async () => {
      const figures = await expectOracle({ from: '2001-01-01', to: '2001-12-31' });
      expect(figures.monthly.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2001-${String(i + 1).padStart(2, '0')}`));
      expect(figures.totals).toMatchObject({ rfqs: 0, quotes: 0, deals: 0, dealValue: '0', participatingIkms: 0 });
      expect(figures.totals.registeredIkms).toBeGreaterThan(0);
      expect(figures.byBuyer).toEqual([]);
      expect(figures.insights).toEqual({ medianHoursToFirstQuote: null, matchedShare: null, activeBuyers: 0, repeatBuyers: 0 });
      // Only one bound: the list runs from that month to the last fact (here: none, so one month).
      const open = await expectOracle({ from: '2099-01-01' });
      expect(open.monthly.map((m) => m.month)).toEqual(['2099-01']);
    });

    it('for sector, kecamatan and range combined', async () => {
      const figures = await expectOracle({ sector: 'METAL', kecamatanCode: TALANG, from: wibDay(-300), to: wibDay(0) });
      expect(figures.totals.deals).toBeGreaterThan(0);
    });

    it('for one day with deals (from = to)', async () => {
      const { rows } = await run.sql.query(
        `SELECT ((created_at AT TIME ZONE 'Asia/Jakarta')::date)::text AS day FROM deal WHERE status <> 'CANCELLED' ORDER BY created_at LIMIT 1 OFFSET 3`);
      const figures = await expectOracle({ from: rows[0].day, to: rows[0].day });
      expect(figures.totals.deals).toBeGreaterThan(0);
      expect(figures.monthly).toHaveLength(1);
    });

    it('with byBuyer and recentDeals cut to first', async () => {
      const figures = await expectOracle({}, { first: 3, buyers: 2 });
      expect(figures.recentDealIds).toHaveLength(3);
      expect(figures.byBuyer).toHaveLength(2);
      await expectOracle({ from: wibDay(-365) }, { first: 100, buyers: 1000 });
    });
  });

  it('follows a live round within seconds: a new RFQ matched by the worker, quotes, a split award, a cancellation, a completion', async () => {
    const before = await expectOracle({});
    const second = await ikmWithProfile(anonymous, { kecamatanCode: '3328120' });

    const rfqId = await postRfq(buyer.client, { quantity: 1000 });
    await waitFor('matching DONE', () => buyer.client.ok(MATCHING, { id: rfqId }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 20000 });
    // The demo workshops may fill the top K: whoever the worker left out is matched as it would be.
    for (const [i, who] of [ikm, second].entries()) {
      await run.sql.query(
        `INSERT INTO rfq_match (rfq_id, ikm_organization_id, profile_id, score, initial_rank, breakdown, deliverable_quantity, engine_version)
         VALUES ($1, $2, $3, $4, $5, '[]'::jsonb, 5000, 'test') ON CONFLICT (rfq_id, ikm_organization_id) DO NOTHING`,
        [rfqId, who.organizationId, who.profileId, 0.5 - i * 0.1, 100 + i],
      );
    }
    const posted = await expectOracle({});
    expect(posted.totals.rfqs).toBe(before.totals.rfqs + 1);
    expect(posted.funnel.rfqsMatched).toBe(before.funnel.rfqsMatched + 1);
    expect(posted.totals.openRfqs).toBe(before.totals.openRfqs + 1);

    const quoteA = (await ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 600 }) })).submitQuote;
    const quoteB = (await second.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 400, unitPrice: '12100' }) })).submitQuote;
    const revisedA = (await ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 600, unitPrice: '11800' }) })).submitQuote;
    expect(revisedA.revision).toBe(2);
    const quoted = await expectOracle({});
    expect(quoted.totals.quotes).toBe(before.totals.quotes + 2); // a revision is not a new quote
    expect(quoted.funnel.rfqsQuoted).toBe(before.funnel.rfqsQuoted + 1);
    expect(quoteA.id).not.toBe(revisedA.id);

    const deals = (await buyer.client.ok(AWARD, { rfqId, awards: [{ quoteId: revisedA.id, quantity: 600 }, { quoteId: quoteB.id, quantity: 400 }] })).awardRfq;
    const dealA = deals.find((d: any) => d.ikm.id === ikm.organizationId).id;
    const dealB = deals.find((d: any) => d.ikm.id === second.organizationId).id;
    const awarded = await expectOracle({});
    expect(awarded.totals.deals).toBe(before.totals.deals + 2);
    expect(BigInt(awarded.totals.dealValue) - BigInt(before.totals.dealValue)).toBe(600n * 11800n + 400n * 12100n);
    expect(awarded.recentDealIds.slice(0, 2).sort()).toEqual([dealA, dealB].sort());
    expect(awarded.byBuyer.find((b) => b.buyerId === buyer.organizationId)).toEqual(
      { buyerId: buyer.organizationId, rfqs: 1, rfqsAwarded: 1, deals: 2, dealValue: String(600n * 11800n + 400n * 12100n) });

    await buyer.client.ok(UPDATE_DEAL, { dealId: dealB, status: 'CANCELLED', note: 'Spesifikasi berubah' });
    const cancelled = await expectOracle({});
    expect(cancelled.totals.deals).toBe(before.totals.deals + 1);
    expect(cancelled.totals.dealsCancelled).toBe(before.totals.dealsCancelled + 1);
    expect(BigInt(cancelled.totals.cancelledValue) - BigInt(before.totals.cancelledValue)).toBe(400n * 12100n);

    await buyer.client.ok(UPDATE_DEAL, { dealId: dealA, status: 'PO_ISSUED' });
    await ikm.client.ok(UPDATE_DEAL, { dealId: dealA, status: 'IN_PRODUCTION' });
    await ikm.client.ok(UPDATE_DEAL, { dealId: dealA, status: 'DELIVERED' });
    await buyer.client.ok(UPDATE_DEAL, { dealId: dealA, status: 'COMPLETED' });
    const completed = await expectOracle({});
    expect(completed.funnel.dealsCompleted).toBe(before.funnel.dealsCompleted + 1);
    expect(completed.monthly[completed.monthly.length - 1].dealsCompleted).toBeGreaterThanOrEqual(1);

    // The same round through the filters a Dinas officer would use next.
    await expectOracle({ kecamatanCode: TALANG, from: wibDay(0), to: wibDay(0) });
    await expectOracle({ kecamatanCode: '3328120', sector: 'METAL' });
    await expectOracle({ from: wibDay(-30) });
  });

  describe('authorization', () => {
    it('gives the figures to DINAS and ADMIN', async () => {
      const figures = await computeDashboardOracle(run.sql, {});
      expect((await dinas.ok(SMALL, {})).dashboard.totals.rfqs).toBe(figures.totals.rfqs);
      expect((await admin.ok(SMALL, {})).dashboard.totals.rfqs).toBe(figures.totals.rfqs);
    });

    it('refuses BUYER and IKM users with FORBIDDEN and anonymous callers with UNAUTHENTICATED', async () => {
      const refusedBuyer = await buyer.client.request(SMALL, {});
      expect(refusedBuyer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refusedBuyer.data?.dashboard ?? null).toBeNull();
      expect(await ikm.client.code(SMALL, {})).toBe('FORBIDDEN');
      const refusedAnonymous = await anonymous.request(SMALL, {});
      expect(refusedAnonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(refusedAnonymous.data?.dashboard ?? null).toBeNull();
    });
  });

  describe('bad input', () => {
    it.each([
      ['from after to', { filter: { from: '2026-03-01', to: '2026-02-28' } }],
      ['an unknown kecamatanCode', { filter: { kecamatanCode: '3328999' } }],
      ['a kecamatan name instead of its code', { filter: { kecamatanCode: 'Talang' } }],
      ['from before 2000-01-01', { filter: { from: '1999-12-31' } }],
      ['to after 2100-12-31', { filter: { to: '2101-01-01' } }],
      ['recentDeals(first: 0)', { first: 0 }],
      ['recentDeals(first: 101)', { first: 101 }],
      ['byBuyer(first: 0)', { buyers: 0 }],
      ['byBuyer(first: 1001)', { buyers: 1001 }],
    ])('refuses %s with BAD_USER_INPUT', async (_label, variables) => {
      const response = await dinas.request(SMALL, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.data?.dashboard ?? null).toBeNull();
    });

    it('accepts the bounds themselves', async () => {
      await dinas.ok(SMALL, { filter: { from: '2000-01-01', to: '2100-12-31' }, first: 100, buyers: 1000 });
      await dinas.ok(SMALL, { first: 1, buyers: 1 });
    });
  });

  describe('exports', () => {
    const exportUrl = (path: string, params: Record<string, string | undefined> = {}) => {
      const url = new URL(api.url.replace(/\/graphql$/, '') + path);
      for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
      return url.toString();
    };
    const get = (path: string, params: Record<string, string | undefined> = {}, token: string | null = dinasToken) =>
      fetch(exportUrl(path, params), { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('reads the deals of a long period in keyset pages that neither repeat nor skip a deal', async () => {
      const filter = { from: wibDay(-365), to: wibDay(0), sector: null, kecamatanCode: null };
      const paged: string[] = [];
      for await (const page of api.app.get(DashboardDealsQueries).inPages(filter, 3)) paged.push(...page.map((d) => d.id));
      const { rows } = await run.sql.query(
        `SELECT id FROM deal WHERE (created_at AT TIME ZONE 'Asia/Jakarta')::date BETWEEN $1 AND $2 ORDER BY created_at, id`, [filter.from, filter.to]);
      expect(rows.length).toBeGreaterThan(6); // several pages
      expect(paged).toEqual(rows.map((r) => r.id));
    });

    it('deals.csv lists every deal of the filter, any status, with values summing to the dashboard figures', async () => {
      const filter = { from: wibDay(-365), to: wibDay(0), sector: 'METAL' as const };
      const figures = await computeDashboardOracle(run.sql, filter);
      const response = await get('/exports/deals.csv', { ...filter, lang: 'en' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/csv/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
      const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes.slice(3)));
      expect(rows).toHaveLength(figures.totals.deals + figures.totals.dealsCancelled);
      const valueColumn = header.indexOf('Value (IDR)');
      expect(valueColumn).toBeGreaterThanOrEqual(0);
      const total = rows.reduce((sum, row) => sum + BigInt(row[valueColumn].replace(/[^0-9]/g, '')), 0n);
      expect(total).toBe(BigInt(figures.totals.dealValue) + BigInt(figures.totals.cancelledValue));
      // Every deal in the export is one of the filter's deals.
      const idColumn = header.indexOf('Deal ID');
      if (idColumn >= 0 && rows.length <= 100) {
        const expected = await computeDashboardOracle(run.sql, filter, { recentDeals: 100 });
        expect(new Set(rows.map((r) => r[idColumn]))).toEqual(new Set(expected.recentDealIds));
      }
      // Bahasa Indonesia by default: other headers, same rows.
      const indonesian = parseCsv((await (await get('/exports/deals.csv', filter)).text()).replace(/^\uFEFF/, ''));
      expect(indonesian).toHaveLength(rows.length + 1);
      expect(indonesian[0]).not.toEqual(header);
    });

    it('summary.csv and summary.xlsx carry the totals', async () => {
      const filter = { from: wibDay(-365), to: wibDay(0) };
      const { totals } = await computeDashboardOracle(run.sql, filter);
      const csv = await get('/exports/summary.csv', { ...filter, lang: 'en' });
      expect(csv.status).toBe(200);
      const csvCells = parseCsv((await csv.text()).replace(/^\uFEFF/, '')).flat().map((c) => c.trim());
      for (const value of [totals.rfqs, totals.quotes, totals.deals, totals.dealValue, totals.dealsCancelled, totals.cancelledValue]) {
        expect(csvCells).toContain(String(value));
      }

      const xlsx = await get('/exports/summary.xlsx', { ...filter, lang: 'en' });
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as any);
      const cells: string[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => { cells.push(String(cell.value ?? '').trim()); })));
      for (const value of [totals.rfqs, totals.quotes, totals.deals, totals.dealValue, totals.dealsCancelled, totals.cancelledValue]) {
        expect(cells).toContain(String(value));
      }
    });

    it('refuses other roles (403), missing or bad tokens (401) and bad parameters (400)', async () => {
      expect((await get('/exports/deals.csv', {}, buyer.accessToken)).status).toBe(403);
      expect((await get('/exports/summary.xlsx', {}, ikm.accessToken)).status).toBe(403);
      expect((await get('/exports/deals.csv', {}, null)).status).toBe(401);
      expect((await get('/exports/summary.csv', {}, 'not-a-token')).status).toBe(401);
      for (const params of [{ from: '1999-12-31' }, { from: '2026-03-01', to: '2026-02-01' }, { kecamatanCode: '3328999' }, { from: 'yesterday' }]) {
        const response = await get('/exports/deals.csv', params);
        expect(response.status).toBe(400);
        expect(await response.json()).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
      }
      expect((await get('/exports/summary.xlsx', {}, admin.token)).status).toBe(200);
    });

    it('explains a refused period in the language the reader asks for, as GraphQL does', async () => {
      const refused = (acceptLanguage?: string) => fetch(exportUrl('/exports/summary.csv', { from: '2026-03-01', to: '2026-02-01' }), {
        headers: { authorization: `Bearer ${dinasToken}`, ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) },
      }).then(async (response) => ({ status: response.status, body: await response.json() }));
      const id = await refused();
      const en = await refused('en-GB,en;q=0.9');
      expect([id.status, en.status]).toEqual([400, 400]);
      expect(id.body.code).toBe('BAD_USER_INPUT');
      expect(id.body.message).toMatch(/^Masukan tidak valid: /);
      expect(en.body.message).toMatch(/^Invalid input: /);
      // The same issue, with the same stable code, in either language.
      expect(id.body.issues.map((i: any) => [i.field, i.code])).toEqual(en.body.issues.map((i: any) => [i.field, i.code]));
      expect(id.body.issues[0].message).not.toBe(en.body.issues[0].message);
    });
  });
});
