import { GraphqlClient, GraphqlResponse, RegisteredAccount } from '@jalin/testing';
import { AWARD, CLOSE_RFQ, COMPARISON, DEAL, DEALS, DealMarket, quoteInput, RATE_DEAL, SUBMIT_QUOTE, UPDATE_DEAL, WITHDRAW_QUOTE } from './deal-market';

jest.setTimeout(120000);

type Actor = 'anonymous' | 'buyer' | 'otherBuyer' | 'matchedIkm' | 'unmatchedIkm' | 'dinas' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'buyer', 'otherBuyer', 'matchedIkm', 'unmatchedIkm', 'dinas', 'admin'];

interface Scene {
  rfqId: string;
  /** The matched IKM's quote and its rival's (another matched IKM). */
  ownQuote: string;
  rivalQuote: string;
  dealId: string | null;
}

/** 'ok' or the error code each actor gets; for reads, 'ok' also checks what the actor sees. */
type Expectation = Record<Actor, string>;

const QUOTES = `query Q($id: ID!) { rfq(id: $id) { quotes { id unitPrice ikm { id } } } }`;

describe('who may do what in the deal flow (one table)', () => {
  let market: DealMarket;
  let clients: Record<Actor, GraphqlClient>;
  let buyer: RegisteredAccount;
  let matched: RegisteredAccount & { profileId: string };
  let rival: RegisteredAccount & { profileId: string };
  let unmatched: RegisteredAccount & { profileId: string };

  beforeAll(async () => {
    market = await DealMarket.start('deals_authz');
    buyer = await market.buyer();
    const otherBuyer = await market.buyer();
    matched = await market.ikm();
    rival = await market.ikm();
    unmatched = await market.ikm();
    clients = {
      anonymous: market.anonymous, buyer: buyer.client, otherBuyer: otherBuyer.client, matchedIkm: matched.client,
      unmatchedIkm: unmatched.client, dinas: await market.staff('DINAS'), admin: await market.staff('ADMIN'),
    };
  });
  afterAll(() => market?.stop());

  /** A fresh RFQ with both quotes, optionally awarded to the matched IKM and walked to COMPLETED. */
  const scene = async (stage: 'open' | 'awarded' | 'completed'): Promise<Scene> => {
    const rfqId = await market.matchedRfq(buyer.client, [matched, rival]);
    const ownQuote = (await matched.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '15000' }) })).submitQuote.id;
    const rivalQuote = (await rival.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '14000' }) })).submitQuote.id;
    if (stage === 'open') return { rfqId, ownQuote, rivalQuote, dealId: null };
    const dealId = (await buyer.client.ok(AWARD, { rfqId, awards: [{ quoteId: ownQuote, quantity: 600 }] })).awardRfq[0].id;
    if (stage === 'completed') {
      await buyer.client.ok(UPDATE_DEAL, { dealId, status: 'PO_ISSUED' });
      await matched.client.ok(UPDATE_DEAL, { dealId, status: 'IN_PRODUCTION' });
      await matched.client.ok(UPDATE_DEAL, { dealId, status: 'DELIVERED' });
      await buyer.client.ok(UPDATE_DEAL, { dealId, status: 'COMPLETED' });
    }
    return { rfqId, ownQuote, rivalQuote, dealId };
  };

  const denied = { anonymous: 'UNAUTHENTICATED', dinas: 'FORBIDDEN', admin: 'FORBIDDEN' } as const;
  const rows: [string, 'open' | 'awarded' | 'completed', (c: GraphqlClient, s: Scene, a: Actor) => Promise<GraphqlResponse>, Expectation, ((r: GraphqlResponse, s: Scene, a: Actor) => void)?][] = [
    ['submitQuote', 'open', (c, s) => c.request(SUBMIT_QUOTE, { input: quoteInput(s.rfqId) }),
      { ...denied, buyer: 'FORBIDDEN', otherBuyer: 'FORBIDDEN', matchedIkm: 'ok', unmatchedIkm: 'NOT_FOUND' }],
    ['withdrawQuote', 'open', (c, s) => c.request(WITHDRAW_QUOTE, { id: s.ownQuote }),
      { ...denied, buyer: 'FORBIDDEN', otherBuyer: 'FORBIDDEN', matchedIkm: 'ok', unmatchedIkm: 'NOT_FOUND' }],
    ['Rfq.quotes', 'open', (c, s) => c.request(QUOTES, { id: s.rfqId }),
      { anonymous: 'UNAUTHENTICATED', buyer: 'ok', otherBuyer: 'NOT_FOUND', matchedIkm: 'ok', unmatchedIkm: 'NOT_FOUND', dinas: 'ok', admin: 'ok' },
      (r, s, actor) => {
        const ids = (r.data as any).rfq.quotes.map((q: any) => q.id).sort();
        // An IKM never sees another IKM's quote or price.
        expect(ids).toEqual(actor === 'matchedIkm' ? [s.ownQuote] : [s.ownQuote, s.rivalQuote].sort());
      }],
    ['quoteComparison', 'open', (c, s) => c.request(COMPARISON, { rfqId: s.rfqId }),
      { anonymous: 'UNAUTHENTICATED', buyer: 'ok', otherBuyer: 'NOT_FOUND', matchedIkm: 'FORBIDDEN', unmatchedIkm: 'FORBIDDEN', dinas: 'ok', admin: 'ok' },
      (r) => expect((r.data as any).quoteComparison).toHaveLength(2)],
    ['awardRfq', 'open', (c, s) => c.request(AWARD, { rfqId: s.rfqId, awards: [{ quoteId: s.ownQuote, quantity: 100 }] }),
      { ...denied, buyer: 'ok', otherBuyer: 'NOT_FOUND', matchedIkm: 'FORBIDDEN', unmatchedIkm: 'FORBIDDEN' }],
    ['closeRfq', 'open', (c, s) => c.request(CLOSE_RFQ, { id: s.rfqId }),
      { ...denied, buyer: 'ok', otherBuyer: 'NOT_FOUND', matchedIkm: 'FORBIDDEN', unmatchedIkm: 'FORBIDDEN' }],
    ['updateDealStatus PO_ISSUED', 'awarded', (c, s) => c.request(UPDATE_DEAL, { dealId: s.dealId, status: 'PO_ISSUED' }),
      { ...denied, buyer: 'ok', otherBuyer: 'NOT_FOUND', matchedIkm: 'FORBIDDEN', unmatchedIkm: 'NOT_FOUND' }],
    ['deal', 'awarded', (c, s) => c.request(DEAL, { id: s.dealId }),
      { anonymous: 'UNAUTHENTICATED', buyer: 'ok', otherBuyer: 'NOT_FOUND', matchedIkm: 'ok', unmatchedIkm: 'NOT_FOUND', dinas: 'ok', admin: 'ok' },
      (r, s) => expect((r.data as any).deal).toMatchObject({ id: s.dealId, value: '9000000', quote: { unitPrice: '15000' } })],
    ['deals', 'awarded', (c) => c.request(DEALS, { first: 100 }),
      { anonymous: 'UNAUTHENTICATED', buyer: 'ok', otherBuyer: 'ok', matchedIkm: 'ok', unmatchedIkm: 'ok', dinas: 'ok', admin: 'ok' },
      (r, s, actor) => {
        const ids = (r.data as any).deals.nodes.map((d: any) => d.id);
        expect(ids.includes(s.dealId)).toBe(!['otherBuyer', 'unmatchedIkm'].includes(actor));
      }],
    ['rateDeal', 'completed', (c, s, actor) => c.request(RATE_DEAL, { dealId: s.dealId, input: actor.endsWith('Ikm') ? { paymentPunctuality: 4 } : { quality: 4, delivery: 5 } }),
      { ...denied, buyer: 'ok', otherBuyer: 'NOT_FOUND', matchedIkm: 'ok', unmatchedIkm: 'NOT_FOUND' }],
  ];

  describe.each(rows)('%s', (_, stage, run, expected, check) => {
    it.each(ACTORS)('as %s', async (actor) => {
      const s = await scene(stage);
      const result = await run(clients[actor], s, actor);
      const got = result.errors?.length ? result.errors[0].extensions?.code : 'ok';
      expect(got).toBe(expected[actor]);
      if (got === 'ok' && check) check(result, s, actor);
    });
  });
});
