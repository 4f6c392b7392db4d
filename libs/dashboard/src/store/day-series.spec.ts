import fc from 'fast-check';
import { DaySeries } from './day-series';

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

describe('DaySeries', () => {
  it('answers every range sum like a plain map, whatever order the days are written in', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), fc.array(fc.tuple(fc.option(fc.integer({ min: 18990, max: 19070 })), fc.option(fc.integer({ min: 18990, max: 19070 }))), { minLength: 1, maxLength: 10 }), (ops, ranges) => {
        const series = new DaySeries(1, 1);
        const naive = new NaiveDays();
        for (const o of ops) {
          const old = naive.days.get(o.day) ?? { count: 0, amount: 0n };
          if (o.kind === 'set') {
            const countDelta = [0];
            const moneyDelta = [0n];
            const changed = series.set(o.day, [o.count], [o.amount], countDelta, moneyDelta);
            expect(countDelta[0]).toBe(o.count - old.count);
            expect(moneyDelta[0]).toBe(o.amount - old.amount);
            expect(changed).toBe(o.count !== old.count || o.amount !== old.amount);
            naive.days.set(o.day, { count: o.count, amount: o.amount });
          } else {
            series.add(o.day, [o.count], [o.amount]);
            naive.days.set(o.day, { count: old.count + o.count, amount: old.amount + o.amount });
          }
        }
        for (const [from, to] of ranges) {
          const [start, end] = series.range(from, to);
          expect({ count: series.count(0, start, end), amount: series.amount(0, start, end) }).toEqual(naive.sum(from, to));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a group\'s rupiah exact up to 2^53, and refuses to round beyond', () => {
    const series = new DaySeries(0, 1);
    series.add(100, [], [2n ** 52n + 1n]);
    series.add(101, [], [2n ** 52n - 3n]);
    const [start, end] = series.range(null, null);
    expect(series.amount(0, start, end)).toBe(2n ** 53n - 2n);
    expect(() => series.add(102, [], [5n])).toThrow(/2\^53/);
  });
});
