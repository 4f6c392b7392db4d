import { RegisteredAccount } from '@jalin/testing';
import { AWARD, CLOSE_RFQ, DEAL, DEALS, DealMarket, quoteInput, RATE_DEAL, RFQ_QUOTES, SUBMIT_QUOTE, UPDATE_DEAL } from './deal-market';

jest.setTimeout(60000);

describe('deals: steps with history, track record, ratings, lists; closing RFQs', () => {
  let market: DealMarket;
  let buyer: RegisteredAccount;
  let a: RegisteredAccount & { profileId: string };
  let b: RegisteredAccount & { profileId: string };

  beforeAll(async () => {
    market = await DealMarket.start('deals_lifecycle');
    buyer = await market.buyer();
    a = await market.ikm();
    b = await market.ikm();
  });
  afterAll(() => market?.stop());

  const trackRecord = async (org: string) =>
    (await market.run.sql.query(`SELECT completed_deals, on_time_deliveries FROM ikm_track_record WHERE organization_id = $1`, [org])).rows[0];

  const awardedDeal = async (ikm: RegisteredAccount, overrides: Record<string, unknown> = {}) => {
    const rfqId = await market.matchedRfq(buyer.client, [ikm as any], overrides);
    const q = (await ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId) })).submitQuote;
    return (await buyer.client.ok(AWARD, { rfqId, awards: [{ quoteId: q.id, quantity: 500 }] })).awardRfq[0].id as string;
  };

  it('walks a deal to COMPLETED, each step by its side, kept in history; the IKM track record counts it on time', async () => {
    const dealId = await awardedDeal(a);
    const before = await trackRecord(a.organizationId);
    // Either side may cancel (Deal.cancellable) until delivery, as the deal's screens offer it.
    expect((await buyer.client.ok(UPDATE_DEAL, { dealId, status: 'PO_ISSUED', note: 'PO-2026-001' })).updateDealStatus.cancellable).toBe(true);
    expect((await a.client.ok(UPDATE_DEAL, { dealId, status: 'IN_PRODUCTION' })).updateDealStatus.cancellable).toBe(true);
    const delivered = (await a.client.ok(UPDATE_DEAL, { dealId, status: 'DELIVERED', note: 'Surat jalan SJ-77' })).updateDealStatus;
    expect(delivered).toMatchObject({ status: 'DELIVERED', deliveredOnTime: true, cancellable: false });
    const done = (await buyer.client.ok(UPDATE_DEAL, { dealId, status: 'COMPLETED' })).updateDealStatus;
    expect(done.history.map((h: any) => [h.status, h.by.id, h.note])).toEqual([
      ['AWARDED', buyer.userId, null],
      ['PO_ISSUED', buyer.userId, 'PO-2026-001'],
      ['IN_PRODUCTION', a.userId, null],
      ['DELIVERED', a.userId, 'Surat jalan SJ-77'],
      ['COMPLETED', buyer.userId, null],
    ]);
    const after = await trackRecord(a.organizationId);
    expect(after.completed_deals).toBe((before?.completed_deals ?? 0) + 1);
    expect(after.on_time_deliveries).toBe((before?.on_time_deliveries ?? 0) + 1);

    // Both sides rate, once each, on their own criteria.
    expect((await buyer.client.ok(RATE_DEAL, { dealId, input: { quality: 5, delivery: 4, comment: 'Rapi, tepat waktu' } })).rateDeal).toMatchObject({ side: 'BUYER', quality: 5, delivery: 4 });
    expect(await buyer.client.code(RATE_DEAL, { dealId, input: { quality: 1, delivery: 1 } })).toBe('CONFLICT');
    expect(await a.client.code(RATE_DEAL, { dealId, input: { quality: 5, delivery: 5 } })).toBe('BAD_USER_INPUT');
    expect((await a.client.ok(RATE_DEAL, { dealId, input: { paymentPunctuality: 3 } })).rateDeal).toMatchObject({ side: 'IKM', paymentPunctuality: 3 });
    expect((await buyer.client.ok(DEAL, { id: dealId })).deal.ratings.map((r: any) => r.side)).toEqual(['BUYER', 'IKM']);
  });

  it('counts a delivery after neededBy as late', async () => {
    const dealId = await awardedDeal(b);
    const before = await trackRecord(b.organizationId);
    await market.run.sql.query(`UPDATE deal SET needed_by = current_date - 2 WHERE id = $1`, [dealId]);
    await buyer.client.ok(UPDATE_DEAL, { dealId, status: 'PO_ISSUED' });
    await b.client.ok(UPDATE_DEAL, { dealId, status: 'IN_PRODUCTION' });
    expect((await b.client.ok(UPDATE_DEAL, { dealId, status: 'DELIVERED' })).updateDealStatus.deliveredOnTime).toBe(false);
    await buyer.client.ok(UPDATE_DEAL, { dealId, status: 'COMPLETED' });
    const after = await trackRecord(b.organizationId);
    expect(after.completed_deals).toBe((before?.completed_deals ?? 0) + 1);
    expect(after.on_time_deliveries).toBe(before?.on_time_deliveries ?? 0);
  });

  it('lists own deals for each side, all for the Dinas, filtered and paged', async () => {
    const dinas = await market.staff('DINAS');
    const own = await awardedDeal(a);
    const ofA = (await a.client.ok(DEALS, {})).deals;
    expect(ofA.nodes.every((d: any) => d.ikm.id === a.organizationId)).toBe(true);
    expect(ofA.nodes.map((d: any) => d.id)).toContain(own);
    const ofB = (await b.client.ok(DEALS, {})).deals;
    expect(ofB.nodes.map((d: any) => d.id)).not.toContain(own);
    const all = (await dinas.ok(DEALS, { first: 100 })).deals;
    expect(all.totalCount).toBe(ofA.totalCount + ofB.totalCount);
    const completed = (await dinas.ok(DEALS, { filter: { status: 'COMPLETED', sector: 'METAL' } })).deals;
    expect(completed.totalCount).toBe(2);
    expect((await dinas.ok(DEALS, { filter: { from: '2000-01-01', to: '2000-12-31' } })).deals.totalCount).toBe(0);
    const page1 = (await buyer.client.ok(DEALS, { first: 2 })).deals;
    const page2 = (await buyer.client.ok(DEALS, { first: 2, after: page1.pageInfo.endCursor })).deals;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(new Set([...page1.nodes, ...page2.nodes].map((d: any) => d.id)).size).toBe(page1.nodes.length + page2.nodes.length);
  });

  it('closes an OPEN RFQ by its buyer: quotes REJECTED, QUOTED matches NOT_AWARDED, an event for each', async () => {
    const rfqId = await market.matchedRfq(buyer.client, [a, b]);
    await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId) });
    const other = await market.buyer();
    expect(await other.client.code(CLOSE_RFQ, { id: rfqId })).toBe('NOT_FOUND');
    expect((await buyer.client.ok(CLOSE_RFQ, { id: rfqId, reason: 'Anggaran ditunda' })).closeRfq.status).toBe('CLOSED');
    const rfq = (await buyer.client.ok(RFQ_QUOTES, { id: rfqId })).rfq;
    expect(rfq.quotes.map((q: any) => q.status)).toEqual(['REJECTED']);
    expect(rfq.matches.map((m: any) => [m.ikm.id, m.status])).toEqual([[a.organizationId, 'NOT_AWARDED'], [b.organizationId, 'NEW']]);
    expect(await buyer.client.code(CLOSE_RFQ, { id: rfqId })).toBe('CONFLICT');
    const { rows } = await market.run.sql.query(`SELECT name FROM outbox_event WHERE payload->>'rfqId' = $1 AND name IN ('rfqs.closed', 'deals.rfq-not-awarded') ORDER BY id`, [rfqId]);
    expect(rows.map((r: any) => r.name)).toEqual(['rfqs.closed', 'deals.rfq-not-awarded']);
  });
});
