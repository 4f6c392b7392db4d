import { MAX_RUPIAH } from '@jalin/graphql-core';
import { validateNewQuote } from './validate-new-quote';

const input = (overrides: Record<string, unknown> = {}) => ({
  rfqId: 'x', unitPrice: 12_000n, quantity: 500, leadTimeDays: 21, validUntil: '2026-07-01', notes: null, ...overrides,
});
const fields = (overrides: Record<string, unknown>) => validateNewQuote(input(overrides) as never, { quantity: 1000 }, '2026-06-01').map((i) => i.field);

describe('quote input checks', () => {
  it('accepts a partial quantity at a positive price, valid from today', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ quantity: 1000, validUntil: '2026-06-01' })).toEqual([]);
  });

  it('names every bad field at once', () => {
    expect(fields({ unitPrice: 0n, quantity: 0, leadTimeDays: 0, validUntil: '2026-05-31' })).toEqual(['input.unitPrice', 'input.quantity', 'input.leadTimeDays', 'input.validUntil']);
    expect(fields({ quantity: 1001 })).toEqual(['input.quantity']);
    expect(fields({ quantity: 2.5 })).toEqual(['input.quantity']);
    expect(fields({ notes: 'x'.repeat(2001) })).toEqual(['input.notes']);
  });

  it('keeps a quote value (unit price × quantity) within Rp 10^15, exactly', () => {
    expect(MAX_RUPIAH).toBe(10n ** 15n);
    expect(fields({ unitPrice: MAX_RUPIAH / 1000n, quantity: 1000 })).toEqual([]);
    expect(fields({ unitPrice: MAX_RUPIAH, quantity: 1 })).toEqual([]);
    expect(fields({ unitPrice: MAX_RUPIAH / 1000n + 1n, quantity: 1000 })).toEqual(['input.unitPrice']);
    expect(fields({ unitPrice: MAX_RUPIAH + 1n, quantity: 1 })).toEqual(['input.unitPrice']);
    const [issue] = validateNewQuote(input({ unitPrice: MAX_RUPIAH, quantity: 2 }) as never, { quantity: 1000 }, '2026-06-01');
    expect(issue.message).toContain('1,000,000,000,000,000');
  });
});
