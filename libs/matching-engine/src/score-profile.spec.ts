import fc from 'fast-check';
import type { CandidateProfile } from './candidate-profile';
import { ExclusionReason } from './exclusion-reason';
import { Factor, FACTOR_ORDER } from './factor';
import { haversineKm } from './factors/distance';
import type { RfqSpec } from './rfq-spec';
import { scoreFromBreakdown, scoreProfile, type ProfileEvaluation } from './score-profile';
import {
  baseProfile,
  baseRfq,
  eligiblePairArb,
  geoPointArb,
  makeEligible,
  profileArb,
  rfqArb,
  SECTORS,
} from './testing/arbitraries';
import { MATCHING_ENGINE_VERSION } from './version';
import { DEFAULT_WEIGHTS } from './weights';

/** Excluded ranks below any score. */
const standing = (evaluation: ProfileEvaluation) => (evaluation.status === 'SCORED' ? evaluation.score : -1);

const valueOf = (evaluation: ProfileEvaluation, factor: string) => {
  if (evaluation.status !== 'SCORED') throw new Error('expected a scored profile');
  return evaluation.breakdown.find((c) => c.factor === factor)!.value;
};

describe('scoreProfile: worked example', () => {
  it('scores and explains a typical Talang workshop for a Kendal RFQ', () => {
    const evaluation = scoreProfile(baseRfq(), baseProfile());
    expect(evaluation.status).toBe('SCORED');
    if (evaluation.status !== 'SCORED') return;
    expect(evaluation.engineVersion).toBe(MATCHING_ENGINE_VERSION);
    expect(evaluation.breakdown.map((c) => c.factor)).toEqual(FACTOR_ORDER);
    expect(evaluation.breakdown.map((c) => c.weight)).toEqual(FACTOR_ORDER.map((f) => DEFAULT_WEIGHTS[f]));
    expect(valueOf(evaluation, Factor.PROCESS_COVERAGE)).toBe(0.666667);
    expect(valueOf(evaluation, Factor.MATERIAL_COVERAGE)).toBe(1);
    expect(valueOf(evaluation, Factor.CAPACITY_FIT)).toBe(0.8);
    expect(valueOf(evaluation, Factor.LEAD_TIME_FIT)).toBe(1);
    expect(valueOf(evaluation, Factor.VERIFICATION)).toBe(1);
    expect(valueOf(evaluation, Factor.TRACK_RECORD)).toBe(0.5);
    expect(valueOf(evaluation, Factor.FAIRNESS)).toBe(1);
    expect(evaluation.deliverableQuantity).toBe(2_400);
    // 0.3×0.666667 + 0.15 + 0.15×0.8 + 0.1×distance + 0.1 + 0.07 + 0.08×0.5 + 0.05, distance ≈ 118 km
    expect(evaluation.score).toBeGreaterThan(0.77);
    expect(evaluation.score).toBeLessThan(0.79);
    expect(evaluation.meetsThreshold).toBe(true);
  });

  it('reports the exclusion reasons of an ineligible profile', () => {
    const evaluation = scoreProfile(baseRfq(), baseProfile({ sectors: ['AGRO'] }));
    expect(evaluation).toEqual({
      engineVersion: MATCHING_ENGINE_VERSION,
      rfqId: 'rfq-base',
      profileId: 'p-base',
      organizationId: 'org-base',
      status: 'EXCLUDED',
      reasons: [ExclusionReason.SECTOR_MISMATCH],
    });
  });

  it('rejects an invalid RFQ', () => {
    expect(() => scoreProfile(baseRfq({ quantity: 0 }), baseProfile())).toThrow(RangeError);
    expect(() => scoreProfile(baseRfq({ todayDay: 1.5 }), baseProfile())).toThrow(RangeError);
  });
});

describe('scoreProfile: properties', () => {
  it('never matches a profile of another sector', () => {
    fc.assert(
      fc.property(rfqArb, profileArb(), (rfq, profile) => {
        const other = makeEligible(profile, rfq);
        const foreign = { ...other, sectors: SECTORS.filter((s) => s !== rfq.sector) };
        const evaluation = scoreProfile(rfq, foreign);
        return evaluation.status === 'EXCLUDED' && evaluation.reasons.includes(ExclusionReason.SECTOR_MISMATCH);
      }),
    );
  });

  it('never matches a profile lacking a required certification, or holding it only until before the quote deadline', () => {
    fc.assert(
      fc.property(
        rfqArb.filter((rfq) => rfq.requiredCertifications.length > 0),
        profileArb(),
        fc.integer({ min: 1, max: 400 }),
        fc.boolean(),
        (rfq, profile, daysShort, drop) => {
          const eligible = makeEligible(profile, rfq);
          const code = rfq.requiredCertifications[0];
          const others = eligible.certifications.filter((c) => c.code !== code);
          const certifications = drop ? others : [...others, { code, validUntilDay: rfq.quoteDeadlineDay - daysShort }];
          const evaluation = scoreProfile(rfq, { ...eligible, certifications });
          return evaluation.status === 'EXCLUDED';
        },
      ),
    );
  });

  it('never matches a suspended profile or one whose minimum order exceeds the quantity', () => {
    fc.assert(
      fc.property(eligiblePairArb, fc.integer({ min: 1, max: 1_000 }), ({ rfq, profile }, excess) => {
        return (
          scoreProfile(rfq, { ...profile, suspended: true }).status === 'EXCLUDED' &&
          scoreProfile(rfq, { ...profile, minOrderQuantity: rfq.quantity + excess }).status === 'EXCLUDED'
        );
      }),
    );
  });

  it('keeps scores and values within 0..1, with 6 decimals, and the score equal to its breakdown sum', () => {
    fc.assert(
      fc.property(eligiblePairArb, ({ rfq, profile }) => {
        const evaluation = scoreProfile(rfq, profile);
        if (evaluation.status !== 'SCORED') return false;
        const within = (x: number) => x >= 0 && x <= 1 && Math.round(x * 1e6) / 1e6 === x;
        return (
          within(evaluation.score) &&
          evaluation.breakdown.every((c) => within(c.value)) &&
          evaluation.score === scoreFromBreakdown(evaluation.breakdown)
        );
      }),
    );
  });

  it('never lowers the score when a requested process or material is added to the profile', () => {
    fc.assert(
      fc.property(
        rfqArb,
        profileArb(),
        fc.boolean(),
        fc.constantFrom('processes', 'materials'),
        fc.nat(),
        (rfq, drawn, eligible, list, pick) => {
          const profile = eligible ? makeEligible(drawn, rfq) : drawn;
          const requested = rfq[list];
          if (requested.length === 0) return true;
          const code = requested[pick % requested.length];
          const richer: CandidateProfile = { ...profile, [list]: [...profile[list], code] };
          return standing(scoreProfile(rfq, richer)) >= standing(scoreProfile(rfq, profile));
        },
      ),
    );
  });

  it('never lowers the score when the profile is closer to the delivery location', () => {
    fc.assert(
      fc.property(eligiblePairArb, geoPointArb, geoPointArb, ({ rfq, profile }, a, b) => {
        const [near, far] =
          haversineKm(a, rfq.deliveryLocation) <= haversineKm(b, rfq.deliveryLocation) ? [a, b] : [b, a];
        return standing(scoreProfile(rfq, { ...profile, location: near })) >= standing(scoreProfile(rfq, { ...profile, location: far }));
      }),
    );
  });

  it('gives a newcomer a neutral track record of exactly 0.5', () => {
    fc.assert(
      fc.property(eligiblePairArb, ({ rfq, profile }) => {
        const newcomer = {
          ...profile,
          trackRecord: { completedDeals: 0, onTimeDeliveries: 0, quotesSubmitted: 0, matchesReceived: 0 },
        };
        return valueOf(scoreProfile(rfq, newcomer), Factor.TRACK_RECORD) === 0.5;
      }),
    );
  });

  it('is deterministic, also when the profile and RFQ code lists are reordered', () => {
    fc.assert(
      fc.property(
        rfqArb,
        profileArb(),
        fc.func(fc.integer()),
        (rfq: RfqSpec, profile, key) => {
          const shuffle = <T>(list: readonly T[]) =>
            list.map((item, i) => ({ item, k: key(i) })).sort((x, y) => x.k - y.k).map((x) => x.item);
          const reordered = {
            ...profile,
            processes: shuffle(profile.processes),
            materials: shuffle(profile.materials),
            certifications: shuffle(profile.certifications),
            sectors: shuffle(profile.sectors),
          };
          const first = scoreProfile(rfq, profile);
          expect(scoreProfile(rfq, profile)).toEqual(first);
          expect(scoreProfile(rfq, reordered)).toEqual(first);
        },
      ),
    );
  });

  it('only uses codes from the RFQ for coverage (extra profile codes change nothing)', () => {
    fc.assert(
      fc.property(eligiblePairArb, ({ rfq, profile }) => {
        const extra = { ...profile, processes: [...profile.processes, 'DEEP_DRAWING'], materials: [...profile.materials, 'ABS'] };
        return standing(scoreProfile(rfq, extra)) === standing(scoreProfile(rfq, profile));
      }),
    );
  });
});
