import { RegisteredAccount } from '@jalin/testing';
import { DealMarket, quoteInput, SUBMIT_QUOTE, WITHDRAW_QUOTE } from './deal-market';

jest.setTimeout(60000);

const MY_QUOTES = `query M($first: Int, $after: String) { myQuotes(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id status revision current unitPrice ikm { id } rfq { id title } } } }`;

/** "Penawaran saya" of the IKM app: its own quotes, the current revision of each, newest first, paged. */
describe('myQuotes', () => {
  let market: DealMarket;
  let buyer: RegisteredAccount;
  let ikm: RegisteredAccount & { profileId: string };
  let rival: RegisteredAccount & { profileId: string };

  beforeAll(async () => {
    market = await DealMarket.start('my_quotes');
    buyer = await market.buyer();
    ikm = await market.ikm();
    rival = await market.ikm();
  });
  afterAll(() => market?.stop());

  it('lists the IKM’s own quotes by their current revision, newest first, withdrawn ones included, across pages', async () => {
    const first = await market.matchedRfq(buyer.client, [ikm, rival]);
    const second = await market.matchedRfq(buyer.client, [ikm]);
    const third = await market.matchedRfq(buyer.client, [ikm]);
    await ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(first, { unitPrice: '12000' }) });
    const revised = (await ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(first, { unitPrice: '11500' }) })).submitQuote;
    const withdrawn = (await ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(second) })).submitQuote;
    await ikm.client.ok(WITHDRAW_QUOTE, { id: withdrawn.id });
    const latest = (await ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(third) })).submitQuote;
    await rival.client.ok(SUBMIT_QUOTE, { input: quoteInput(first, { unitPrice: '9000' }) });

    const all = (await ikm.client.ok(MY_QUOTES, {})).myQuotes;
    expect(all.totalCount).toBe(3);
    expect(all.nodes.map((q: any) => [q.id, q.rfq.id, q.status, q.revision])).toEqual([
      [latest.id, third, 'SUBMITTED', 1],
      [withdrawn.id, second, 'WITHDRAWN', 1],
      [revised.id, first, 'SUBMITTED', 2],
    ]);
    expect(all.nodes.every((q: any) => q.current && q.ikm.id === ikm.organizationId)).toBe(true);

    const page1 = (await ikm.client.ok(MY_QUOTES, { first: 2 })).myQuotes;
    const page2 = (await ikm.client.ok(MY_QUOTES, { first: 2, after: page1.pageInfo.endCursor })).myQuotes;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.nodes, ...page2.nodes].map((q: any) => q.id)).toEqual(all.nodes.map((q: any) => q.id));

    expect((await rival.client.ok(MY_QUOTES, {})).myQuotes.nodes.map((q: any) => q.unitPrice)).toEqual(['9000']);
  });

  it('refuses a forged cursor and a page size out of range as BAD_USER_INPUT naming the argument', async () => {
    const forged = Buffer.from(JSON.stringify(['not', 'a', 'key'])).toString('base64url');
    const refusal = await ikm.client.request(MY_QUOTES, { after: forged });
    expect(refusal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ field: 'after' })] });
    expect(await ikm.client.code(MY_QUOTES, { after: 'garbage!' })).toBe('BAD_USER_INPUT');
    expect(await ikm.client.code(MY_QUOTES, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await ikm.client.code(MY_QUOTES, { first: 101 })).toBe('BAD_USER_INPUT');
    expect(await buyer.client.code(MY_QUOTES, {})).toBe('FORBIDDEN');
  });
});
