import { formatCount, formatRupiah, formatWib } from './format';

describe('notification formats', () => {
  it('writes rupiah with dots between thousands, exactly beyond 2^53', () => {
    expect(formatRupiah(1_250_000n)).toBe('Rp 1.250.000');
    expect(formatRupiah('0')).toBe('Rp 0');
    expect(formatRupiah('999')).toBe('Rp 999');
    expect(formatRupiah('12345678901234567890')).toBe('Rp 12.345.678.901.234.567.890');
    expect(formatRupiah(-5000)).toBe('-Rp 5.000');
  });

  it('writes times in WIB whatever the server zone, per locale', () => {
    const at = '2026-12-05T10:00:00.000Z'; // 17:00 in Jakarta
    expect(formatWib(at, 'id')).toBe('5 Desember 2026 pukul 17.00 WIB');
    expect(formatWib(at, 'en')).toBe('5 December 2026 at 17:00 WIB');
    // Late evening UTC is already the next day in WIB.
    expect(formatWib('2026-12-31T20:30:00.000Z', 'id')).toBe('1 Januari 2027 pukul 03.30 WIB');
  });

  it('groups counts the locale way', () => {
    expect(formatCount(1000, 'id')).toBe('1.000');
    expect(formatCount(1000, 'en')).toBe('1,000');
  });
});
