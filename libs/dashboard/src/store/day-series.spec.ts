import fc from 'fast-check';
import { DaySeries, rupiahColumns } from './day-series';

/** The plain model: a map day -> figures, summed by filtering. */
class NaiveDays {
  readonly days = new Map<number, { count: number; amount: bigint }>();
  sum(from: number | null, to: number | null) {
    let count = 0;
    let amount = 0n;
    for (const [day, v] of this.days) {
      if ((from === null || day >= from) && (to === null || day <= to)) {
        count += v.count;
        amount += v.amount;
      }
    }
    return { count, amount };
  }
}

const op = fc.record({
  kind: fc.constantFrom('set', 'add'),
  day: fc.integer({ min: 19000, max: 19060 }),
  count: fc.integer({ min: 0, max: 50 }),
  amount: fc.bigInt({ min: 0n, max: 10n ** 13n }),
});

/** Amounts around and far beyond 2^53: whole groups of deals at the Rp 10^15 bound. */
const bigOp = fc.record({
  kind: fc.constantFrom('set', 'add'),
  day: fc.integer({ min: 19000, max: 19060 }),
  count: fc.integer({ min: 0, max: 50 }),
  amount: fc.oneof(
    fc.bigInt({ min: 0n, max: 10n ** 13n }),
    fc.bigInt({ min: 2n ** 53n - 1000n, max: 2n ** 53n + 1000n }),
    fc.bigInt({ min: 0n, max: 10n ** 15n * 100_000n }),
  ),
});

/** A delta of one count and one amount in the series' columns. */
const columns = (count: number, amount: bigint) => [count, ...rupiahColumns(amount)];

describe('DaySeries', () => {
  const agreesWithTheBigIntOracle = (ops: fc.Arbitrary<{ kind: string; day: number; count: number; amount: bigint }>) =>
    fc.property(fc.array(ops, { maxLength: 120 }), fc.array(fc.tuple(fc.option(fc.integer({ min: 18990, max: 19070 })), fc.option(fc.integer({ min: 18990, max: 19070 }))), { minLength: 1, maxLength: 10 }), (ops, ranges) => {
        const series = new DaySeries(1, 1);
        const naive = new NaiveDays();
        for (const o of ops) {
          const old = naive.days.get(o.day) ?? { count: 0, amount: 0n };
          if (o.kind === 'set') {
            const delta = [0, 0, 0];
            const changed = series.set(o.day, [o.count], [o.amount], delta);
            expect(delta[0]).toBe(o.count - old.count);
            expect(BigInt(delta[1]) * 2n ** 24n + BigInt(delta[2])).toBe(o.amount - old.amount);
            expect(changed).toBe(o.count !== old.count || o.amount !== old.amount);
            naive.days.set(o.day, { count: o.count, amount: o.amount });
          } else {
            series.add(o.day, columns(o.count, o.amount));
            naive.days.set(o.day, { count: old.count + o.count, amount: old.amount + o.amount });
          }
        }
        for (const [from, to] of ranges) {
          const [start, end] = series.range(from, to);
          expect({ count: series.count(0, start, end), amount: series.amount(0, start, end) }).toEqual(naive.sum(from, to));
        }
      });

  it('answers every range sum like a plain map, whatever order the days are written in', () => {
    fc.assert(agreesWithTheBigIntOracle(op), { numRuns: 300 });
  });

  it('stays exact against a BigInt oracle beyond 2^53 (sums up to 10^22 rupiah)', () => {
    fc.assert(agreesWithTheBigIntOracle(bigOp), { numRuns: 300 });
  });

  it('sums past 2^53 and 2^63 exactly, where one float or one int64 would not', () => {
    const series = new DaySeries(0, 1);
    series.add(100, rupiahColumns(2n ** 52n + 1n));
    series.add(101, rupiahColumns(2n ** 52n - 3n));
    series.add(102, rupiahColumns(5n));
    expect(series.amount(0, ...series.range(null, null))).toBe(2n ** 53n + 3n);
    for (let day = 103; day < 10_103; day++) series.set(day, [], [10n ** 15n + 7n], [0, 0]);
    expect(series.amount(0, ...series.range(null, null))).toBe(2n ** 53n + 3n + 10_000n * (10n ** 15n + 7n));
    expect(series.amount(0, ...series.range(103, 103))).toBe(10n ** 15n + 7n);
  });

  it('refuses, changing nothing, a figure it cannot hold: negative, or a sum past 2^77', () => {
    const series = new DaySeries(1, 1);
    series.set(100, [1], [2n ** 76n], [0, 0, 0]);
    expect(() => series.set(101, [1], [-1n], [0, 0, 0])).toThrow(RangeError);
    expect(() => series.set(101, [1], [2n ** 77n], [0, 0, 0])).toThrow(RangeError);
    expect(() => series.set(101, [1], [2n ** 76n], [0, 0, 0])).toThrow(RangeError);
    const [start, end] = series.range(null, null);
    expect([series.count(0, start, end), series.amount(0, start, end)]).toEqual([1, 2n ** 76n]);
    series.set(101, [1], [2n ** 76n - 1n], [0, 0, 0]);
    expect(series.amount(0, ...series.range(null, null))).toBe(2n ** 77n - 1n);
  });
});
