import fc from 'fast-check';
import { explainBreakdown, explainComponent } from './explain';
import { Factor } from './factor';
import type { ScoreComponent } from './score-component';
import { scoreProfile } from './score-profile';
import { baseProfile, baseRfq, eligiblePairArb } from './testing/arbitraries';

const LABELS: Record<string, Record<'id' | 'en', string>> = {
  LASER_CUTTING: { id: 'potong laser', en: 'laser cutting' },
  BENDING: { id: 'tekuk', en: 'bending' },
  STAMPING: { id: 'stamping', en: 'stamping' },
};
const label = (code: string, locale: 'id' | 'en') => LABELS[code]?.[locale] ?? code;

function breakdownOf(...args: Parameters<typeof scoreProfile>): ScoreComponent[] {
  const evaluation = scoreProfile(...args);
  if (evaluation.status !== 'SCORED') throw new Error('expected a scored profile');
  return evaluation.breakdown;
}

const component = (breakdown: ScoreComponent[], factor: Factor) => breakdown.find((c) => c.factor === factor)!;

/** Non-empty, one line, ends with a full stop, no other sentence end inside (decimal points are fine). */
const isOneSentence = (text: string) => /^[A-Z][^\n]*\.$/.test(text) && !/[.!?](\s|$)/.test(text.slice(0, -1));

describe('explainComponent: examples', () => {
  const breakdown = breakdownOf(baseRfq(), baseProfile());

  it('speaks Bahasa Indonesia by default', () => {
    expect(explainComponent(component(breakdown, Factor.PROCESS_COVERAGE))).toBe(
      'Menguasai 2 dari 3 proses yang diminta (LASER_CUTTING, BENDING); belum menguasai: STAMPING.',
    );
  });

  it('uses taxonomy labels when given', () => {
    const process = component(breakdown, Factor.PROCESS_COVERAGE);
    expect(explainComponent(process, 'id', label)).toBe(
      'Menguasai 2 dari 3 proses yang diminta (potong laser, tekuk); belum menguasai: stamping.',
    );
    expect(explainComponent(process, 'en', label)).toBe(
      'Covers 2 of 3 requested processes (laser cutting, bending); lacks: stamping.',
    );
  });

  it('formats numbers for the locale', () => {
    const capacity = component(breakdown, Factor.CAPACITY_FIT);
    expect(explainComponent(capacity, 'id')).toBe(
      'Dengan kapasitas 1.200 per bulan, dapat menghasilkan sekitar 2.400 dari 3.000 yang diminta dalam 60 hari hingga tanggal kebutuhan.',
    );
    expect(explainComponent(capacity, 'en')).toBe(
      'With a capacity of 1,200 per month, can make about 2,400 of the 3,000 requested in the 60 days until the needed-by date.',
    );
    const distance = component(breakdown, Factor.DISTANCE);
    expect(explainComponent(distance, 'id')).toMatch(/^Berjarak sekitar 1\d\d,\d km dari lokasi pengiriman\.$/);
    expect(explainComponent(distance, 'en')).toMatch(/^About 1\d\d\.\d km from the delivery location\.$/);
  });

  it('explains a newcomer and an unknown location as neutral', () => {
    const b = breakdownOf(baseRfq(), baseProfile({ location: null }));
    expect(explainComponent(component(b, Factor.TRACK_RECORD))).toBe(
      'Belum memiliki riwayat di Jalin, sehingga rekam jejak dinilai netral.',
    );
    expect(explainComponent(component(b, Factor.DISTANCE), 'en')).toBe(
      'The workshop location is not set, so distance is scored as neutral.',
    );
  });

  it('explains a track record with counts', () => {
    const trackRecord = { completedDeals: 10, onTimeDeliveries: 8, quotesSubmitted: 5, matchesReceived: 7 };
    const b = breakdownOf(baseRfq(), baseProfile({ trackRecord }));
    expect(explainComponent(component(b, Factor.TRACK_RECORD), 'en')).toBe(
      'Delivered on time in 8 of 10 completed deals and quoted on 5 of 7 matched RFQs.',
    );
  });

  it('gives the contract shape through explainBreakdown', () => {
    const explained = explainBreakdown(breakdown, 'en');
    expect(explained).toHaveLength(8);
    expect(Object.keys(explained[0]).sort()).toEqual(['explanation', 'factor', 'value', 'weight']);
  });
});

describe('explainComponent: properties', () => {
  it('gives one sentence per component in each locale, different per locale', () => {
    fc.assert(
      fc.property(eligiblePairArb, ({ rfq, profile }) => {
        for (const c of breakdownOf(rfq, profile)) {
          const id = explainComponent(c, 'id');
          const en = explainComponent(c, 'en');
          expect(isOneSentence(id)).toBe(true);
          expect(isOneSentence(en)).toBe(true);
          expect(id).not.toBe(en);
        }
      }),
    );
  });
});
