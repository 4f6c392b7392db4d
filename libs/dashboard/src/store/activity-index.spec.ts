import fc from 'fast-check';
import { ActivityIndex } from './activity-index';
import { dayNumber } from './market-store';

const DAY0 = dayNumber('2025-11-20');
const SECTORS = ['METAL', 'AGRO'];
const PLACES = ['3328140', '3328120', ''];
const IKMS = ['ikm-a', 'ikm-b', 'ikm-c', 'ikm-d'];

const write = fc.record({
  day: fc.integer({ min: 0, max: 120 }).map((d) => DAY0 + d),
  sector: fc.constantFrom(...SECTORS),
  ikm: fc.constantFrom(...IKMS),
  kecamatan: fc.constantFrom(...PLACES),
  quotes: fc.integer({ min: 0, max: 3 }),
});
const bound = fc.option(fc.integer({ min: -5, max: 125 }).map((d) => DAY0 + d), { nil: null });

describe('ActivityIndex', () => {
  it('counts the distinct IKMs that quoted in any period like a plain scan, edge months included', () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 80 }), fc.array(fc.tuple(bound, bound, fc.option(fc.constantFrom(...SECTORS), { nil: null }), fc.option(fc.constantFrom(...PLACES), { nil: null })), { minLength: 1, maxLength: 8 }),
        (writes, queries) => {
          const index = new ActivityIndex();
          const rows = new Map<string, { day: number; sector: string; ikm: string; kecamatan: string; quotes: number }>();
          for (const w of writes) {
            index.set(index.group(w.sector, w.ikm, w.kecamatan), w.day, w.quotes);
            rows.set(`${w.day}|${w.sector}|${w.ikm}|${w.kecamatan}`, w);
          }
          for (const [from, to, sector, kecamatan] of queries) {
            const hits = [...rows.values()].filter((r) => r.quotes > 0 && (from === null || r.day >= from) && (to === null || r.day <= to)
              && (sector === null || r.sector === sector) && (kecamatan === null || r.kecamatan === kecamatan));
            const perPlace = new Map(PLACES.filter(Boolean).map((p) => [p, 0]));
            expect(index.participants(from, to, sector, kecamatan, perPlace)).toBe(new Set(hits.map((r) => r.ikm)).size);
            for (const [place, n] of perPlace) expect(n).toBe(new Set(hits.filter((r) => r.kecamatan === place).map((r) => r.ikm)).size);
          }
        }),
      { numRuns: 400 },
    );
  });
});
