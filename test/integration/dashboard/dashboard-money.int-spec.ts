import { Logger } from '@nestjs/common';
import { KECAMATAN } from '@jalin/taxonomy';
import { GraphqlClient, RegisteredAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { waitFor } from '../../support/wait-for';
import { AWARD, DealMarket, quoteInput, SUBMIT_QUOTE } from '../deals/deal-market';

jest.setTimeout(90000);

const BOUND = 10n ** 15n;
const TALANG = '3328140';
const OTHER_KECAMATAN = KECAMATAN.find((k) => k.code !== TALANG)!.code;
const TOTALS = `query Q { dashboard { totals { deals dealValue } byKecamatan { kecamatanCode deals dealValue } } }`;
/** WIB calendar day, n days from now. */
const wibDay = (daysFromNow: number) => new Date(Date.now() + 7 * 3_600_000 + daysFromNow * 86_400_000).toISOString().slice(0, 10);

/**
 * Money at and beyond the bounds, end to end: deals at the Rp 10^15 bound, rollup sums past 2^53
 * and 2^63 exact in PostgreSQL, in the dashboard's in-memory copy, over GraphQL and in the CSV;
 * and a rollup row the copy cannot hold is skipped without wedging the rest.
 */
describe('dashboard money: exact sums at any size, one bad row never wedges the copy', () => {
  let market: DealMarket;
  let buyer: RegisteredAccount;
  let dinas: GraphqlClient;
  let base: string;
  const extraApis: RunningApi[] = [];

  beforeAll(async () => {
    market = await DealMarket.start('dashboard_money', { DASHBOARD_SYNC_MS: '250' });
    base = market.api.url.replace(/\/graphql$/, '');
    buyer = await market.buyer();
    dinas = await market.staff('DINAS');
  });
  afterAll(async () => {
    for (const api of extraApis) await api.close();
    await market?.stop();
  });

  const totalsOf = async (client: GraphqlClient) => (await client.ok(TOTALS)).dashboard;
  const totalsBecome = (client: GraphqlClient, expected: { deals: number; dealValue: string }) =>
    waitFor('the dashboard totals', () => totalsOf(client), (d) => d.totals.deals === expected.deals && d.totals.dealValue === expected.dealValue, { timeoutMs: 10000 });
  const ready = async (url = base) => {
    const response = await fetch(`${url}/health/ready`);
    return { status: response.status, body: (await response.json()) as any };
  };
  /** Plants a rollup row on both sides (buyer and IKM), as the triggers would write it. */
  const plant = async (day: string, kecamatan: string, deals: number, value: string) => {
    await market.run.sql.query(
      `INSERT INTO market_buyer_day (day, sector, buyer_organization_id, kecamatan_code, deals, deal_value) VALUES ($1, 'METAL', $2, $3, $4, $5::numeric)`,
      [day, buyer.organizationId, kecamatan, deals, value],
    );
    await market.run.sql.query(`INSERT INTO market_ikm_day (day, sector, kecamatan_code, deals, deal_value) VALUES ($1, 'METAL', $2, $3, $4::numeric)`, [day, kecamatan, deals, value]);
  };

  let expected = { deals: 0, dealValue: 0n };
  const expectedTotals = () => ({ deals: expected.deals, dealValue: expected.dealValue.toString() });

  it('awards two deals of exactly Rp 10^15 each; the rollups sum them in numeric, exactly', async () => {
    const a = await market.ikm({ kecamatanCode: TALANG });
    const b = await market.ikm({ kecamatanCode: TALANG });
    const rfqId = await market.matchedRfq(buyer.client, [a, b], { quantity: 2, sector: 'METAL' });
    const qa = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: BOUND.toString(), quantity: 1 }) })).submitQuote;
    const qb = (await b.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: BOUND.toString(), quantity: 1 }) })).submitQuote;
    const deals = (await buyer.client.ok(AWARD, { rfqId, awards: [{ quoteId: qa.id, quantity: 1 }, { quoteId: qb.id, quantity: 1 }] })).awardRfq;
    expect(deals.map((d: { value: string }) => d.value)).toEqual([BOUND.toString(), BOUND.toString()]);

    // The award's deltas reach the rollups at the next fold (every DASHBOARD_FOLD_MS).
    const buyerSide = () => market.run.sql.query(
      `SELECT sum(deal_value)::text AS total, pg_typeof(min(deal_value))::text AS type FROM market_buyer_day WHERE buyer_organization_id = $1`, [buyer.organizationId]);
    const { rows } = await waitFor('the award folded into the rollups', buyerSide, (r) => r.rows[0]?.total !== null);
    expect(rows[0]).toEqual({ total: (2n * BOUND).toString(), type: 'numeric' });
    const { rows: ikmSide } = await market.run.sql.query(`SELECT pg_typeof(deal_value)::text AS type, pg_typeof(cancelled_value)::text AS cancelled FROM market_ikm_day LIMIT 1`);
    expect(ikmSide[0]).toEqual({ type: 'numeric', cancelled: 'numeric' });

    expected = { deals: 2, dealValue: 2n * BOUND };
    await totalsBecome(dinas, expectedTotals());
  });

  it('keeps totals past 2^53 and 2^63 exact through GraphQL and summary.csv', async () => {
    const huge = 2n ** 63n * 1000n + 7n; // a million deals at the bound would be 10^21
    await plant(wibDay(-10), TALANG, 1, huge.toString());
    expected = { deals: expected.deals + 1, dealValue: expected.dealValue + huge };
    const dashboard = await totalsBecome(dinas, expectedTotals());
    expect(dashboard.totals.dealValue).toBe('9223374036854775808007') // 2^63 × 1000 + 7 + 2 × 10^15;
    expect(dashboard.byKecamatan.find((k: { kecamatanCode: string }) => k.kecamatanCode === TALANG)).toMatchObject({ deals: 3, dealValue: expected.dealValue.toString() });

    const csv = await fetch(`${base}/exports/summary.csv?lang=en`, { headers: { authorization: `Bearer ${dinas.token}` } });
    expect(csv.status).toBe(200);
    const cells = (await csv.text()).replace(/^\uFEFF/, '').split(/[\r\n,]+/).map((c) => c.replace(/^"|"$/g, '').trim());
    expect(cells).toContain(expected.dealValue.toString());
  });

  it('skips and logs with its key a rollup row it cannot hold; the rest applies, the dashboard answers, readiness says degraded', async () => {
    expect((await ready()).body.info.dashboardStore).toEqual({ status: 'up', state: 'complete', skippedRows: 0 });
    const errors = jest.spyOn(Logger.prototype, 'error');
    try {
      await plant(wibDay(-20), OTHER_KECAMATAN, 1, (10n ** 30n).toString()); // past 2^77: more than the copy holds exactly
      await plant(wibDay(-21), TALANG, 1, '1.5'); // not whole rupiah
      await plant(wibDay(-22), TALANG, 4, '11');
      expected = { deals: expected.deals + 4, dealValue: expected.dealValue + 11n };
      await totalsBecome(dinas, expectedTotals());

      const health = await waitFor('readiness to report the skipped rows', () => ready(), (r) => r.body.info?.dashboardStore?.skippedRows === 4);
      expect(health.status).toBe(200);
      expect(health.body.info.dashboardStore).toEqual({ status: 'up', state: 'degraded', skippedRows: 4 });
      const logged = errors.mock.calls.map(([first]) => first as { err?: unknown; key?: string }).filter((c) => typeof c?.key === 'string');
      expect(logged.map((c) => c.key).sort()).toEqual([
        `market_buyer_day:${wibDay(-21)}|METAL|${buyer.organizationId}|${TALANG}`,
        `market_buyer_day:${wibDay(-20)}|METAL|${buyer.organizationId}|${OTHER_KECAMATAN}`,
        `market_ikm_day:${wibDay(-21)}|METAL|${TALANG}`,
        `market_ikm_day:${wibDay(-20)}|METAL|${OTHER_KECAMATAN}`,
      ].sort());
      for (const call of logged) expect(call.err).toBeInstanceOf(Error);
    } finally {
      errors.mockRestore();
    }
  });

  it('loads past such rows after a restart: another replica answers the same figures and reports the same rows', async () => {
    const api = await startApi(testConfig({ ...market.run.env, DASHBOARD_SYNC_MS: '250' }));
    extraApis.push(api);
    const replica = new GraphqlClient(api.url).as(dinas.token);
    await totalsBecome(replica, expectedTotals());
    const health = await ready(api.url.replace(/\/graphql$/, ''));
    expect(health.status).toBe(200);
    expect(health.body.info.dashboardStore).toEqual({ status: 'up', state: 'degraded', skippedRows: 4 });
  });
});
