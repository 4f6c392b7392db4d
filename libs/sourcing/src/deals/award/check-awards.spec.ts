import { MAX_RUPIAH } from '@jalin/graphql-core';
import { QuoteStatus } from '../../quotes';
import { AwardableQuote, checkAwards, checkAwardShape, dealValue } from './check-awards';

const RFQ = { id: '00000000-0000-4000-8000-000000000001', quantity: 1000 };
const q = (n: number, overrides: Partial<AwardableQuote> = {}): AwardableQuote => ({
  id: `00000000-0000-4000-8000-00000000010${n}`, rfqId: RFQ.id, current: true, status: QuoteStatus.SUBMITTED, quantity: 600, unitPrice: 12_000n, validUntil: '2026-12-31', ...overrides,
});
const map = (...quotes: AwardableQuote[]) => new Map(quotes.map((x) => [x.id, x]));
const TODAY = '2026-06-01';

describe('award checks', () => {
  it('accepts a split award within each quote and the RFQ quantity', () => {
    const a = q(1);
    const b = q(2);
    expect(checkAwards([{ quoteId: a.id, quantity: 600 }, { quoteId: b.id, quantity: 400 }], map(a, b), RFQ, TODAY)).toEqual({ issues: [], conflicts: [] });
  });

  it('refuses an empty award, a repeated quote and a quantity below 1', () => {
    expect(checkAwardShape([]).map((i) => i.field)).toEqual(['awards']);
    const id = q(1).id;
    expect(checkAwardShape([{ quoteId: id, quantity: 1 }, { quoteId: id, quantity: 2 }]).map((i) => i.field)).toEqual(['awards.1.quoteId']);
    expect(checkAwardShape([{ quoteId: id, quantity: 0 }]).map((i) => i.field)).toEqual(['awards.0.quantity']);
    expect(checkAwardShape([{ quoteId: id, quantity: -5 }]).map((i) => i.field)).toEqual(['awards.0.quantity']);
  });

  it("names quantities above the quote or the RFQ, and another RFQ's quote", () => {
    const a = q(1);
    const b = q(2);
    const foreign = q(3, { rfqId: '00000000-0000-4000-8000-000000000002' });
    const check = checkAwards(
      [{ quoteId: a.id, quantity: 601 }, { quoteId: b.id, quantity: 500 }, { quoteId: foreign.id, quantity: 1 }, { quoteId: 'nope', quantity: 1 }],
      map(a, b, foreign), RFQ, TODAY,
    );
    expect(check.issues.map((i) => i.field)).toEqual(['awards.0.quantity', 'awards.2.quoteId', 'awards.3.quoteId', 'awards']);
  });

  it('reports withdrawn, superseded, decided and expired quotes as conflicts', () => {
    const quotes = [q(1, { status: QuoteStatus.WITHDRAWN }), q(2, { current: false }), q(3, { status: QuoteStatus.REJECTED }), q(4, { validUntil: '2026-05-31' })];
    const check = checkAwards(quotes.map((x) => ({ quoteId: x.id, quantity: 10 })), map(...quotes), RFQ, TODAY);
    expect(check.issues).toEqual([]);
    expect(check.conflicts).toHaveLength(4);
  });

  it('refuses a line whose deal value passes Rp 10^15 (a quote stored before the bound), accepts one at it', () => {
    const old = q(1, { unitPrice: MAX_RUPIAH / 500n });
    expect(checkAwards([{ quoteId: old.id, quantity: 500 }], map(old), RFQ, TODAY).issues).toEqual([]);
    expect(checkAwards([{ quoteId: old.id, quantity: 501 }], map(old), RFQ, TODAY).issues.map((i) => i.field)).toEqual(['awards.0.quantity']);
  });

  it('computes deal values exactly beyond 2^53 rupiah', () => {
    expect(dealValue(3, 9_007_199_254_740_993n)).toBe(27_021_597_764_222_979n);
    expect(dealValue(100_000_000, 92_233_720_368n).toString()).toBe('9223372036800000000');
  });
});
