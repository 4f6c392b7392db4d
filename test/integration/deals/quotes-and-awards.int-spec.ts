import { RegisteredAccount } from '@jalin/testing';
import { AWARD, COMPARISON, DealMarket, quoteInput, RFQ_QUOTES, SUBMIT_QUOTE, WITHDRAW_QUOTE } from './deal-market';

jest.setTimeout(60000);

describe('quotes, comparison and split awards', () => {
  let market: DealMarket;
  let buyer: RegisteredAccount;
  let a: RegisteredAccount & { profileId: string };
  let b: RegisteredAccount & { profileId: string };

  beforeAll(async () => {
    market = await DealMarket.start('deals_quotes');
    buyer = await market.buyer();
    a = await market.ikm();
    b = await market.ikm({ leadTimeDays: 30 });
  });
  afterAll(() => market?.stop());

  it('revises a quote as a new revision, marks the match QUOTED, and lets the IKM withdraw it', async () => {
    const rfqId = await market.matchedRfq(buyer.client, [a, b]);
    const first = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId) })).submitQuote;
    expect(first).toMatchObject({ status: 'SUBMITTED', revision: 1, current: true, unitPrice: '12000', quantity: 600, totalPrice: '7200000', ikm: { id: a.organizationId } });
    const second = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '11500', quantity: 1000 }) })).submitQuote;
    expect(second).toMatchObject({ revision: 2, current: true, totalPrice: '11500000' });

    const seen = (await buyer.client.ok(RFQ_QUOTES, { id: rfqId })).rfq;
    expect(seen.quotes).toEqual([expect.objectContaining({ id: second.id, revision: 2, unitPrice: '11500' })]);
    expect(seen.quoteCount).toBe(1);
    expect(seen.matches.find((m: any) => m.ikm.id === a.organizationId).status).toBe('QUOTED');
    expect(seen.matches.find((m: any) => m.ikm.id === b.organizationId).status).toBe('NEW');

    // The superseded revision cannot be withdrawn; the current one can, once.
    expect(await a.client.code(WITHDRAW_QUOTE, { id: first.id })).toBe('CONFLICT');
    expect((await a.client.ok(WITHDRAW_QUOTE, { id: second.id })).withdrawQuote).toMatchObject({ status: 'WITHDRAWN', current: true });
    expect(await a.client.code(WITHDRAW_QUOTE, { id: second.id })).toBe('CONFLICT');
    expect(await b.client.code(WITHDRAW_QUOTE, { id: second.id })).toBe('NOT_FOUND');
    expect((await buyer.client.ok(RFQ_QUOTES, { id: rfqId })).rfq.quoteCount).toBe(0);
  });

  it('shows each IKM only its own quote, and the buyer all of them side by side, sortable', async () => {
    const rfqId = await market.matchedRfq(buyer.client, [a, b]);
    const qa = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '13000', leadTimeDays: 10, quantity: 1000 }) })).submitQuote;
    const qb = (await b.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '11000', leadTimeDays: 90, quantity: 400 }) })).submitQuote;

    const ofA = (await a.client.ok(RFQ_QUOTES, { id: rfqId })).rfq;
    expect(ofA.quotes.map((q: any) => q.id)).toEqual([qa.id]);
    expect(ofA.quoteCount).toBeNull();

    const byPrice = (await buyer.client.ok(COMPARISON, { rfqId })).quoteComparison;
    expect(byPrice.map((r: any) => r.quote.id)).toEqual([qb.id, qa.id]);
    const rowA = byPrice[1];
    expect(rowA).toMatchObject({ ikm: { id: a.organizationId }, totalPrice: '13000000', leadTimeDays: 10, deliveryFeasible: true, coversQuantity: true, matchRank: 1, verified: false });
    expect(rowA.matchScore).toBeCloseTo(0.9);
    expect(rowA.distanceKm).toBeGreaterThan(100);
    expect(rowA.trackRecord).toMatchObject({ completedDeals: 0, onTimeRate: null });
    expect(byPrice[0]).toMatchObject({ deliveryFeasible: false, coversQuantity: false });
    expect((await buyer.client.ok(COMPARISON, { rfqId, sortBy: 'LEAD_TIME' })).quoteComparison.map((r: any) => r.quote.id)).toEqual([qa.id, qb.id]);
    expect((await buyer.client.ok(COMPARISON, { rfqId, sortBy: 'SCORE' })).quoteComparison.map((r: any) => r.quote.id)).toEqual([qa.id, qb.id]);
    expect(await a.client.code(COMPARISON, { rfqId })).toBe('FORBIDDEN');
    const other = await market.buyer();
    expect(await other.client.code(COMPARISON, { rfqId })).toBe('NOT_FOUND');
  });

  it('awards split quantities to two IKMs: deals, quote and match statuses, RFQ AWARDED, events', async () => {
    const c = await market.ikm();
    const rfqId = await market.matchedRfq(buyer.client, [a, b, c]);
    const qa = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 600 }) })).submitQuote;
    const qb = (await b.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '12500', quantity: 500 }) })).submitQuote;
    const qc = (await c.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '14000' }) })).submitQuote;

    const deals = (await buyer.client.ok(AWARD, { rfqId, awards: [{ quoteId: qa.id, quantity: 600 }, { quoteId: qb.id, quantity: 400 }] })).awardRfq;
    expect(deals).toHaveLength(2);
    expect(deals[0]).toMatchObject({ quantity: 600, unitPrice: '12000', value: '7200000', status: 'AWARDED', ikm: { id: a.organizationId }, buyer: { id: buyer.organizationId }, quote: { id: qa.id, status: 'AWARDED' }, rfq: { status: 'AWARDED' } });
    expect(deals[1]).toMatchObject({ quantity: 400, value: '5000000', ikm: { id: b.organizationId } });
    expect(deals[0].history).toEqual([expect.objectContaining({ status: 'AWARDED', by: { id: buyer.userId } })]);

    const rfq = (await buyer.client.ok(RFQ_QUOTES, { id: rfqId })).rfq;
    const status = (org: string) => rfq.matches.find((m: any) => m.ikm.id === org).status;
    expect([status(a.organizationId), status(b.organizationId), status(c.organizationId)]).toEqual(['AWARDED', 'AWARDED', 'NOT_AWARDED']);
    expect(rfq.quotes.find((q: any) => q.id === qc.id).status).toBe('REJECTED');
    expect(rfq.deals).toHaveLength(2);
    // Each IKM sees only its own deal on the RFQ; the loser none.
    expect((await a.client.ok(RFQ_QUOTES, { id: rfqId })).rfq.deals.map((d: any) => d.ikm.id)).toEqual([a.organizationId]);
    expect((await c.client.ok(RFQ_QUOTES, { id: rfqId })).rfq.deals).toEqual([]);

    const { rows } = await market.run.sql.query(`SELECT name, payload FROM outbox_event WHERE payload->>'rfqId' = $1 AND name LIKE 'deals.%' ORDER BY id`, [rfqId]);
    expect(rows.map((r: any) => r.name)).toEqual(['deals.rfq-awarded', 'deals.rfq-awarded', 'deals.rfq-not-awarded']);
    expect(rows[2].payload).toMatchObject({ ikmOrganizationId: c.organizationId, outcome: 'AWARDED_TO_OTHERS' });
    expect(await buyer.client.code(AWARD, { rfqId, awards: [{ quoteId: qc.id, quantity: 1 }] })).toBe('CONFLICT');
  });

  it('takes a quote value of exactly Rp 10^15 and keeps it exact from quote to deal', async () => {
    const rfqId = await market.matchedRfq(buyer.client, [a], { quantity: 1000 });
    const unitPrice = '999999999999999';
    const quote = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice, quantity: 1 }) })).submitQuote;
    expect(quote.totalPrice).toBe(unitPrice);
    const atBound = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '1000000000000', quantity: 1000 }) })).submitQuote;
    expect(atBound.totalPrice).toBe('1000000000000000');
    const [deal] = (await buyer.client.ok(AWARD, { rfqId, awards: [{ quoteId: atBound.id, quantity: 999 }] })).awardRfq;
    expect(deal.unitPrice).toBe('1000000000000');
    expect(deal.value).toBe('999000000000000');
    const { rows } = await market.run.sql.query(`SELECT value::text FROM deal WHERE id = $1`, [deal.id]);
    expect(rows[0].value).toBe('999000000000000');
  });

  it('hides every quote of a sealed RFQ until its deadline; the Dinas sees the count only', async () => {
    const dinas = await market.staff('DINAS');
    const rfqId = await market.matchedRfq(buyer.client, [a, b], { sealed: true });
    const qa = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId) })).submitQuote;
    await b.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '9000' }) });

    for (const viewer of [buyer.client, dinas, await market.staff('ADMIN')]) {
      const rfq = (await viewer.ok(RFQ_QUOTES, { id: rfqId })).rfq;
      expect(rfq.quotes).toEqual([]);
      expect(rfq.quoteCount).toBe(2);
      expect(await viewer.code(COMPARISON, { rfqId })).toBe('CONFLICT');
    }
    expect((await a.client.ok(RFQ_QUOTES, { id: rfqId })).rfq.quotes.map((q: any) => q.id)).toEqual([qa.id]);
    expect(await buyer.client.code(AWARD, { rfqId, awards: [{ quoteId: qa.id, quantity: 10 }] })).toBe('CONFLICT');

    await market.run.sql.query(`UPDATE rfq SET quote_deadline = now() - interval '1 minute' WHERE id = $1`, [rfqId]);
    expect((await buyer.client.ok(RFQ_QUOTES, { id: rfqId })).rfq.quotes).toHaveLength(2);
    expect((await dinas.ok(COMPARISON, { rfqId })).quoteComparison).toHaveLength(2);
    expect((await a.client.ok(RFQ_QUOTES, { id: rfqId })).rfq.quotes).toHaveLength(1);
  });
});
