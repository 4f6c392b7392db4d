import { RegisteredAccount } from '@jalin/testing';
import { AWARD, DealMarket, quoteInput, SUBMIT_QUOTE } from './deal-market';

jest.setTimeout(120000);

const ROUNDS = 25;

/**
 * Two awards of one RFQ sent at the same moment (two sessions of the buyer, different winners):
 * exactly one commits, the other answers CONFLICT, and the RFQ ends with one award's deals only.
 */
describe('concurrent awards of one RFQ', () => {
  let market: DealMarket;
  let buyer: RegisteredAccount;
  let a: RegisteredAccount & { profileId: string };
  let b: RegisteredAccount & { profileId: string };

  beforeAll(async () => {
    market = await DealMarket.start('deals_race');
    buyer = await market.buyer();
    a = await market.ikm();
    b = await market.ikm();
  });
  afterAll(() => market?.stop());

  it(`lets exactly one of two simultaneous awards win, ${ROUNDS} times over`, async () => {
    const secondSession = buyer.client.as((await market.anonymous.ok(`mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: buyer.email, p: buyer.password })).login.accessToken);
    for (let round = 0; round < ROUNDS; round++) {
      const rfqId = await market.matchedRfq(buyer.client, [a, b]);
      const qa = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 1000 }) })).submitQuote;
      const qb = (await b.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 1000 }) })).submitQuote;
      const results = await Promise.all([
        buyer.client.request(AWARD, { rfqId, awards: [{ quoteId: qa.id, quantity: 1000 }] }),
        secondSession.request(AWARD, { rfqId, awards: [{ quoteId: qb.id, quantity: 600 }, { quoteId: qa.id, quantity: 400 }] }),
      ]);
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map((r) => r.errors![0].extensions?.code)).toEqual(['CONFLICT']);
      const { rows } = await market.run.sql.query(`SELECT quote_id, quantity FROM deal WHERE rfq_id = $1 ORDER BY quantity DESC`, [rfqId]);
      expect(rows.map((r: any) => r.quantity).reduce((x: number, y: number) => x + y, 0)).toBe(1000);
      expect(rows).toHaveLength((winners[0].data as any).awardRfq.length);
      const events = await market.run.sql.query(`SELECT count(*)::int AS n FROM outbox_event WHERE name = 'deals.rfq-awarded' AND payload->>'rfqId' = $1`, [rfqId]);
      expect(events.rows[0].n).toBe(rows.length);
    }
  });
});
