import { formatNumber } from './format-number';

describe('formatNumber', () => {
  it.each([
    [1234567.5, 'id', 1, '1.234.567,5'],
    [1234567.5, 'en', 1, '1,234,567.5'],
    [1200, 'id', 0, '1.200'],
    [999, 'id', 0, '999'],
    [12.5, 'id', 1, '12,5'],
    [12.04, 'en', 1, '12'],
    [0.666667, 'id', 2, '0,67'],
    [-1500.25, 'en', 2, '-1,500.25'],
    [-0.001, 'id', 1, '0'],
    [1_000_000_000, 'id', 0, '1.000.000.000'],
  ] as const)('formats %p in %s with %p decimals as %p', (value, locale, digits, expected) => {
    expect(formatNumber(value, locale, digits)).toBe(expected);
  });
});
