import { RegisteredAccount } from '@jalin/testing';
import { AWARD, CLOSE_RFQ, DealMarket, quoteInput, RATE_DEAL, SUBMIT_QUOTE, UPDATE_DEAL, WITHDRAW_QUOTE } from './deal-market';

jest.setTimeout(90000);

const CANCEL = `mutation X($id: ID!, $reason: String!) { cancelRfq(id: $id, reason: $reason) { id } }`;

/** Each refusal answers its code and leaves every deal-flow table exactly as it was. */
describe('the deal flow refuses bad input and wrong state, writing nothing', () => {
  let market: DealMarket;
  let buyer: RegisteredAccount;
  let a: RegisteredAccount & { profileId: string };
  let b: RegisteredAccount & { profileId: string };
  let stranger: RegisteredAccount & { profileId: string };

  beforeAll(async () => {
    market = await DealMarket.start('deals_bad_input');
    buyer = await market.buyer();
    a = await market.ikm();
    b = await market.ikm();
    stranger = await market.ikm();
  });
  afterAll(() => market?.stop());

  /** Runs the request, checks its code (and field), and that nothing changed. */
  const refused = async (client: RegisteredAccount['client'], query: string, variables: Record<string, unknown>, code: string, field?: string) => {
    const before = await market.footprint();
    const result = await client.request(query, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    if (field) expect(result.errors?.[0]?.extensions?.issues?.map((i) => i.field)).toContain(field);
    expect(await market.footprint()).toEqual(before);
  };

  describe('submitQuote', () => {
    let rfqId: string;
    beforeAll(async () => {
      rfqId = await market.matchedRfq(buyer.client, [a, b]);
    });

    it.each([
      ['a zero unit price', { unitPrice: '0' }, 'input.unitPrice'],
      ['a zero quantity', { quantity: 0 }, 'input.quantity'],
      ['a negative quantity', { quantity: -3 }, 'input.quantity'],
      ['a quantity above the RFQ', { quantity: 1001 }, 'input.quantity'],
      ['a zero lead time', { leadTimeDays: 0 }, 'input.leadTimeDays'],
      ['a validity in the past', { validUntil: '2020-01-01' }, 'input.validUntil'],
      ['a value (unit price × quantity) of Rp 10^15 + 2', { unitPrice: '500000000000001', quantity: 2 }, 'input.unitPrice'],
      ['a unit price above Rp 10^15', { unitPrice: '1000000000000001', quantity: 1 }, 'input.unitPrice'],
      ['a value that once passed a bigint', { unitPrice: '9223372036854775807', quantity: 2 }, 'input.unitPrice'],
    ])('refuses %s as BAD_USER_INPUT', async (_, override, field) => {
      await refused(a.client, SUBMIT_QUOTE, { input: quoteInput(rfqId, override) }, 'BAD_USER_INPUT', field);
    });

    it('names the bound of a quote value in the issue', async () => {
      const result = await a.client.request(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '500000000000001', quantity: 2 }) });
      expect(result.errors?.[0]?.extensions?.issues).toEqual([expect.objectContaining({ field: 'input.unitPrice', message: expect.stringContaining('1,000,000,000,000,000') })]);
    });

    it('refuses a negative or fractional price at the scalar', async () => {
      await refused(a.client, SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '-100' }) }, 'BAD_USER_INPUT');
      await refused(a.client, SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '12.5' }) }, 'BAD_USER_INPUT');
    });

    it('answers NOT_FOUND on an RFQ the IKM is not matched to, or that does not exist', async () => {
      await refused(stranger.client, SUBMIT_QUOTE, { input: quoteInput(rfqId) }, 'NOT_FOUND');
      await refused(a.client, SUBMIT_QUOTE, { input: quoteInput('00000000-0000-4000-8000-000000000000') }, 'NOT_FOUND');
      await refused(a.client, SUBMIT_QUOTE, { input: quoteInput('nope') }, 'NOT_FOUND');
    });

    it('answers CONFLICT on a cancelled, awarded, closed or past-deadline RFQ, and after declining', async () => {
      const cancelled = await market.matchedRfq(buyer.client, [a]);
      await buyer.client.ok(CANCEL, { id: cancelled, reason: 'Desain berubah' });
      await refused(a.client, SUBMIT_QUOTE, { input: quoteInput(cancelled) }, 'CONFLICT');

      const awarded = await market.matchedRfq(buyer.client, [a, b]);
      const q = (await b.client.ok(SUBMIT_QUOTE, { input: quoteInput(awarded) })).submitQuote;
      await buyer.client.ok(AWARD, { rfqId: awarded, awards: [{ quoteId: q.id, quantity: 600 }] });
      await refused(a.client, SUBMIT_QUOTE, { input: quoteInput(awarded) }, 'CONFLICT');
      await refused(b.client, SUBMIT_QUOTE, { input: quoteInput(awarded) }, 'CONFLICT');

      const closed = await market.matchedRfq(buyer.client, [a]);
      await buyer.client.ok(CLOSE_RFQ, { id: closed });
      await refused(a.client, SUBMIT_QUOTE, { input: quoteInput(closed) }, 'CONFLICT');

      const late = await market.matchedRfq(buyer.client, [a]);
      await market.run.sql.query(`UPDATE rfq SET quote_deadline = now() - interval '1 second' WHERE id = $1`, [late]);
      await refused(a.client, SUBMIT_QUOTE, { input: quoteInput(late) }, 'CONFLICT');

      const declined = await market.matchedRfq(buyer.client, [a]);
      const { rows } = await market.run.sql.query(`SELECT id FROM rfq_match WHERE rfq_id = $1`, [declined]);
      await a.client.ok(`mutation D($id: ID!) { declineMatch(matchId: $id) { id } }`, { id: rows[0].id });
      await refused(a.client, SUBMIT_QUOTE, { input: quoteInput(declined) }, 'CONFLICT');
    });
  });

  describe('awardRfq', () => {
    let rfqId: string;
    let qa: { id: string };
    let qb: { id: string };
    let foreign: { id: string };

    beforeAll(async () => {
      rfqId = await market.matchedRfq(buyer.client, [a, b]);
      qa = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 600 }) })).submitQuote;
      qb = (await b.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 500 }) })).submitQuote;
      const other = await market.matchedRfq(buyer.client, [a]);
      foreign = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(other) })).submitQuote;
    });

    it.each([
      ['no award at all', () => [], 'awards'],
      ['a quantity of zero', () => [{ quoteId: qa.id, quantity: 0 }], 'awards.0.quantity'],
      ['a negative quantity', () => [{ quoteId: qa.id, quantity: -1 }], 'awards.0.quantity'],
      ['the same quote twice', () => [{ quoteId: qa.id, quantity: 1 }, { quoteId: qa.id, quantity: 1 }], 'awards.1.quoteId'],
      ['a quantity above the quote', () => [{ quoteId: qa.id, quantity: 601 }], 'awards.0.quantity'],
      ['quantities above the RFQ together', () => [{ quoteId: qa.id, quantity: 600 }, { quoteId: qb.id, quantity: 401 }], 'awards'],
      ["another RFQ's quote", () => [{ quoteId: foreign.id, quantity: 1 }], 'awards.0.quoteId'],
      ['a quote id that names nothing', () => [{ quoteId: 'not-a-quote', quantity: 1 }], 'awards.0.quoteId'],
    ])('refuses %s as BAD_USER_INPUT', async (_, awards, field) => {
      await refused(buyer.client, AWARD, { rfqId, awards: awards() }, 'BAD_USER_INPUT', field);
    });

    it('refuses to award a quote stored before the bound for a deal value above Rp 10^15', async () => {
      const c = await market.ikm();
      const oldRfq = await market.matchedRfq(buyer.client, [c]);
      const q = (await c.client.ok(SUBMIT_QUOTE, { input: quoteInput(oldRfq, { quantity: 600 }) })).submitQuote;
      await market.run.sql.query(`UPDATE quote SET unit_price = 9000000000000000 WHERE id = $1`, [q.id]);
      await refused(buyer.client, AWARD, { rfqId: oldRfq, awards: [{ quoteId: q.id, quantity: 2 }] }, 'BAD_USER_INPUT', 'awards.0.quantity');
    });

    it('refuses a withdrawn quote as CONFLICT, and an RFQ of another buyer as NOT_FOUND', async () => {
      const c = await market.ikm();
      const withdrawnRfq = await market.matchedRfq(buyer.client, [c]);
      const q = (await c.client.ok(SUBMIT_QUOTE, { input: quoteInput(withdrawnRfq) })).submitQuote;
      await c.client.ok(WITHDRAW_QUOTE, { id: q.id });
      await refused(buyer.client, AWARD, { rfqId: withdrawnRfq, awards: [{ quoteId: q.id, quantity: 1 }] }, 'CONFLICT');
      const other = await market.buyer();
      await refused(other.client, AWARD, { rfqId, awards: [{ quoteId: qa.id, quantity: 1 }] }, 'NOT_FOUND');
    });
  });

  describe('updateDealStatus and rateDeal', () => {
    let dealId: string;
    beforeAll(async () => {
      const rfqId = await market.matchedRfq(buyer.client, [a]);
      const q = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId) })).submitQuote;
      dealId = (await buyer.client.ok(AWARD, { rfqId, awards: [{ quoteId: q.id, quantity: 100 }] })).awardRfq[0].id;
    });

    it('refuses steps out of order (CONFLICT) and by the wrong side (FORBIDDEN)', async () => {
      await refused(buyer.client, UPDATE_DEAL, { dealId, status: 'DELIVERED' }, 'CONFLICT');
      await refused(a.client, UPDATE_DEAL, { dealId, status: 'COMPLETED' }, 'CONFLICT');
      await refused(buyer.client, UPDATE_DEAL, { dealId, status: 'AWARDED' }, 'CONFLICT');
      await refused(a.client, UPDATE_DEAL, { dealId, status: 'PO_ISSUED' }, 'FORBIDDEN');
      await buyer.client.ok(UPDATE_DEAL, { dealId, status: 'PO_ISSUED' });
      await refused(buyer.client, UPDATE_DEAL, { dealId, status: 'IN_PRODUCTION' }, 'FORBIDDEN');
      await refused(buyer.client, UPDATE_DEAL, { dealId, status: 'PO_ISSUED' }, 'CONFLICT');
    });

    it('needs a note to cancel, and refuses rating before completion', async () => {
      await refused(a.client, UPDATE_DEAL, { dealId, status: 'CANCELLED' }, 'BAD_USER_INPUT', 'note');
      await refused(buyer.client, RATE_DEAL, { dealId, input: { quality: 5, delivery: 5 } }, 'CONFLICT');
      await refused(b.client, UPDATE_DEAL, { dealId, status: 'IN_PRODUCTION' }, 'NOT_FOUND');
      await refused(a.client, UPDATE_DEAL, { dealId: 'nope', status: 'IN_PRODUCTION' }, 'NOT_FOUND');
    });

    it('refuses a cancelled deal any further step', async () => {
      await a.client.ok(UPDATE_DEAL, { dealId, status: 'CANCELLED', note: 'Mesin press rusak' });
      await refused(a.client, UPDATE_DEAL, { dealId, status: 'IN_PRODUCTION' }, 'CONFLICT');
      await refused(buyer.client, UPDATE_DEAL, { dealId, status: 'CANCELLED', note: 'again' }, 'CONFLICT');
    });
  });
});
