import { GraphqlClient, registerAccount } from '@jalin/testing';
import { AppProcess, freePort } from '../../support/app-process';
import { ikmWithProfile, postRfq } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';
import { AWARD, COMPARISON, quoteInput, SUBMIT_QUOTE, UPDATE_DEAL } from '../../integration/deals/deal-market';

jest.setTimeout(120000);

const RFQ = `query R($id: ID!) { rfq(id: $id) { id status matchingStatus matches { ikm { id } status } quotes { id status } deals { id status value ikm { id } } } }`;

/**
 * The deal flow as users live it, against the API and the worker run as an operator runs them:
 * createRfq → the worker matches → two IKMs quote → split award → each deal stepped to COMPLETED →
 * the IKMs' track records count the deliveries, and the worker's audit trail has every step.
 */
describe('deal flow end to end (api + worker processes)', () => {
  let run: ScratchRun;
  let api: AppProcess;
  let worker: AppProcess;
  let anonymous: GraphqlClient;

  beforeAll(async () => {
    run = await startScratchRun('deals_e2e');
    const port = await freePort();
    const env = { ...process.env, ...run.env, LOG_LEVEL: 'warn', OUTBOX_POLL_MS: '50' };
    api = new AppProcess('apps/api/src/main.ts', { ...env, PORT: String(port) });
    worker = new AppProcess('apps/worker/src/main.ts', env);
    await Promise.all([api.waitForOutput(/Jalin API listening/), worker.waitForOutput(/Jalin worker started/)]);
    anonymous = new GraphqlClient(`http://127.0.0.1:${port}/graphql`);
  });

  afterAll(async () => {
    worker?.signal('SIGTERM');
    await worker?.waitForExit(30000).catch(() => worker.kill());
    api?.signal('SIGTERM');
    await api?.waitForExit(15000).catch(() => api.kill());
    await run?.drop();
  });

  it('goes from an RFQ to two completed deals and updated track records', async () => {
    const a = await ikmWithProfile(anonymous);
    const b = await ikmWithProfile(anonymous, { monthlyCapacity: { quantity: 1500, unit: 'pcs' } });
    const buyer = await registerAccount(anonymous, { role: 'BUYER' });
    const rfqId = await postRfq(buyer.client, { quantity: 1000 });

    const matched = await waitFor('both IKMs matched', () => buyer.client.ok(RFQ, { id: rfqId }), (d) =>
      d.rfq.matchingStatus === 'DONE', { timeoutMs: 30000 });
    const matchedIkms = matched.rfq.matches.map((m: any) => m.ikm.id);
    expect(matchedIkms).toEqual(expect.arrayContaining([a.organizationId, b.organizationId]));

    const qa = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '12000', quantity: 600, leadTimeDays: 14 }) })).submitQuote;
    const qb = (await b.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '12500', quantity: 1000, leadTimeDays: 21 }) })).submitQuote;
    const comparison = (await buyer.client.ok(COMPARISON, { rfqId })).quoteComparison;
    expect(comparison.map((r: any) => r.quote.id)).toEqual([qa.id, qb.id]);
    expect(comparison.every((r: any) => r.matchScore > 0 && r.deliveryFeasible)).toBe(true);

    const deals = (await buyer.client.ok(AWARD, { rfqId, awards: [{ quoteId: qa.id, quantity: 600 }, { quoteId: qb.id, quantity: 400 }] })).awardRfq;
    expect(deals.map((d: any) => [d.ikm.id, d.value])).toEqual([[a.organizationId, '7200000'], [b.organizationId, '5000000']]);

    for (const [deal, ikm] of [[deals[0], a], [deals[1], b]] as const) {
      await buyer.client.ok(UPDATE_DEAL, { dealId: deal.id, status: 'PO_ISSUED', note: 'PO terbit' });
      await ikm.client.ok(UPDATE_DEAL, { dealId: deal.id, status: 'IN_PRODUCTION' });
      await ikm.client.ok(UPDATE_DEAL, { dealId: deal.id, status: 'DELIVERED' });
      const done = (await buyer.client.ok(UPDATE_DEAL, { dealId: deal.id, status: 'COMPLETED' })).updateDealStatus;
      expect(done.history.map((h: any) => h.status)).toEqual(['AWARDED', 'PO_ISSUED', 'IN_PRODUCTION', 'DELIVERED', 'COMPLETED']);
    }

    const rfq = (await buyer.client.ok(RFQ, { id: rfqId })).rfq;
    expect(rfq.status).toBe('AWARDED');
    expect(rfq.deals.map((d: any) => d.status)).toEqual(['COMPLETED', 'COMPLETED']);
    expect(rfq.matches.filter((m: any) => [a.organizationId, b.organizationId].includes(m.ikm.id)).map((m: any) => m.status)).toEqual(['AWARDED', 'AWARDED']);

    // Match counters arrive as deltas (the matching index folds them before it reads): fold what is pending.
    await run.sql.query('SELECT ikm_track_record_fold()');
    const { rows } = await run.sql.query(
      `SELECT organization_id, completed_deals, on_time_deliveries, quotes_submitted FROM ikm_track_record WHERE organization_id = ANY($1::uuid[]) ORDER BY completed_deals`,
      [[a.organizationId, b.organizationId]],
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatchObject({ completed_deals: 1, on_time_deliveries: 1, quotes_submitted: 1 });

    // A later RFQ's comparison shows the record to the next buyer.
    const next = await postRfq(buyer.client, { quantity: 500 });
    await waitFor('the next RFQ matched', () => buyer.client.ok(RFQ, { id: next }), (d) => d.rfq.matchingStatus === 'DONE', { timeoutMs: 30000 });
    await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(next, { quantity: 500 }) });
    const [row] = (await buyer.client.ok(COMPARISON, { rfqId: next })).quoteComparison;
    expect(row.trackRecord).toMatchObject({ completedDeals: 1, onTimeDeliveries: 1, onTimeRate: 1 });

    // The worker consumed every event of the flow into the audit trail.
    const actions = await waitFor('the audit trail', async () =>
      (await run.sql.query(`SELECT action, count(*)::int AS n FROM audit_entry WHERE action LIKE 'deals.%' OR action LIKE 'quotes.%' GROUP BY action ORDER BY action`)).rows,
      (r) => r.find((x: any) => x.action === 'deals.status-changed')?.n === 8 && r.find((x: any) => x.action === 'quotes.submitted')?.n === 3, { timeoutMs: 20000 });
    expect(actions).toEqual([
      { action: 'deals.rfq-awarded', n: 2 },
      { action: 'deals.status-changed', n: 8 },
      { action: 'quotes.submitted', n: 3 },
    ]);
  });
});
