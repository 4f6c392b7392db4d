import { ComparedQuote, compareQuotes, QuoteContext, QuoteSort } from './compare-quotes';

const quote = (id: string, org: string, unitPrice: bigint, leadTimeDays: number, quantity = 500): ComparedQuote => ({
  quoteId: id, ikmOrganizationId: org, unitPrice, quantity, leadTimeDays, validUntil: '2026-12-31',
});
const ctx = (matchScore: number, completedDeals = 0, onTimeDeliveries = 0): QuoteContext => ({
  matchScore, matchRank: 1, distanceKm: 100, verified: true, completedDeals, onTimeDeliveries, matchesReceived: 4, quotesSubmitted: 3,
});

describe('quote comparison', () => {
  const quotes = [quote('a', 'A', 12_000n, 30), quote('b', 'B', 11_000n, 45), quote('c', 'C', 11_000n, 20)];
  const context = new Map([['A', ctx(0.9, 4, 3)], ['B', ctx(0.5)], ['C', ctx(0.7)]]);
  const rfq = { quantity: 1000, neededBy: '2026-07-01' };
  const today = '2026-06-01';

  it('sorts by unit price, lead time or score, ties broken by the others', () => {
    expect(compareQuotes(quotes, context, rfq, today, QuoteSort.PRICE).map((r) => r.quoteId)).toEqual(['c', 'b', 'a']);
    expect(compareQuotes(quotes, context, rfq, today, QuoteSort.LEAD_TIME).map((r) => r.quoteId)).toEqual(['c', 'a', 'b']);
    expect(compareQuotes(quotes, context, rfq, today, QuoteSort.SCORE).map((r) => r.quoteId)).toEqual(['a', 'c', 'b']);
  });

  it('says whether delivery by neededBy is feasible if awarded today, and whether one quote covers the RFQ', () => {
    const rows = new Map(compareQuotes(quotes, context, rfq, today, QuoteSort.PRICE).map((r) => [r.quoteId, r]));
    expect(rows.get('a')).toMatchObject({ expectedDelivery: '2026-07-01', deliveryFeasible: true, coversQuantity: false, onTimeRate: 0.75, responseRate: 0.75 });
    expect(rows.get('b')).toMatchObject({ expectedDelivery: '2026-07-16', deliveryFeasible: false, onTimeRate: null });
  });

  it('totals exactly beyond 2^53 rupiah', () => {
    const [row] = compareQuotes([quote('x', 'A', 9_007_199_254_740_993n, 10, 1000)], context, rfq, today, QuoteSort.PRICE);
    expect(row.totalPrice.toString()).toBe('9007199254740993000');
  });
});
