import { lineValue, sumValues } from '../../../apps/web/src/areas/buyer/money';

describe('award money (exact rupiah)', () => {
  it('multiplies the unit price by the quantity without float rounding', () => {
    expect(lineValue('12000', 600)).toBe('7200000');
    expect(lineValue('12500.00', 400)).toBe('5000000');
    // 0.1 + 0.2 style floats would drift here: 33.33 × 3 is exactly 99.99.
    expect(lineValue('33.33', 3)).toBe('99.99');
    expect(lineValue('999999999999.99', 1000)).toBe('999999999999990');
  });

  it('adds the lines of a split award exactly', () => {
    expect(sumValues(['7200000', '5000000'])).toBe('12200000');
    expect(sumValues(['0.10', '0.20'])).toBe('0.30');
    expect(sumValues([])).toBe('0');
  });
});
