import fc from 'fast-check';
import { compareByScoreThenProfileId } from './compare-matches';
import { EXCLUSION_REASONS, ExclusionReason } from './exclusion-reason';
import { rankCandidates } from './rank-candidates';
import { scoreProfile } from './score-profile';
import { baseProfile, baseRfq, rfqWithProfilesArb } from './testing/arbitraries';
import { MATCHING_ENGINE_VERSION } from './version';

const optionsArb = fc.record({
  topK: fc.integer({ min: 1, max: 25 }),
  threshold: fc.double({ min: 0, max: 0.9, noNaN: true }),
});

describe('rankCandidates: examples', () => {
  it('ranks best first, breaking ties by profileId, and reports diagnostics', () => {
    const rfq = baseRfq();
    const strong = baseProfile({ profileId: 'p-strong', processes: ['LASER_CUTTING', 'BENDING', 'STAMPING'] });
    const twinB = baseProfile({ profileId: 'p-twin-b' });
    const twinA = baseProfile({ profileId: 'p-twin-a' });
    const foreign = baseProfile({ profileId: 'p-plastic', sectors: ['PLASTIC'] });
    const result = rankCandidates(rfq, [twinB, foreign, strong, twinA]);

    expect(result.engineVersion).toBe(MATCHING_ENGINE_VERSION);
    expect(result.matches.map((m) => [m.rank, m.profileId])).toEqual([
      [1, 'p-strong'],
      [2, 'p-twin-a'],
      [3, 'p-twin-b'],
    ]);
    expect(result.matches[1].score).toBe(result.matches[2].score);
    expect(result.diagnostics).toMatchObject({ evaluated: 4, excluded: 1, belowThreshold: 0, cutByTopK: 0 });
    expect(result.diagnostics.excludedByReason[ExclusionReason.SECTOR_MISMATCH]).toBe(1);
  });

  it('applies topK and threshold', () => {
    const rfq = baseRfq();
    const profiles = ['a', 'b', 'c'].map((id) => baseProfile({ profileId: id }));
    expect(rankCandidates(rfq, profiles, { topK: 2 }).matches.map((m) => m.profileId)).toEqual(['a', 'b']);
    const result = rankCandidates(rfq, profiles, { threshold: 0.99 });
    expect(result.matches).toEqual([]);
    expect(result.diagnostics.belowThreshold).toBe(3);
  });

  it('rejects duplicate profileIds and invalid options', () => {
    expect(() => rankCandidates(baseRfq(), [baseProfile(), baseProfile()])).toThrow(RangeError);
    expect(() => rankCandidates(baseRfq(), [], { topK: 0 })).toThrow(RangeError);
    expect(() => rankCandidates(baseRfq(), [], { threshold: 1.5 })).toThrow(RangeError);
    expect(() => rankCandidates(baseRfq(), [], { weights: { FAIRNESS: 0.5 } })).toThrow(RangeError);
  });

  it('accepts a complete custom weighting', () => {
    const weights = { PROCESS_COVERAGE: 0.4, MATERIAL_COVERAGE: 0.1, FAIRNESS: 0 };
    const result = rankCandidates(baseRfq(), [baseProfile()], { weights });
    expect(result.matches[0].breakdown.find((c) => c.factor === 'PROCESS_COVERAGE')!.weight).toBe(0.4);
  });
});

describe('rankCandidates: properties', () => {
  it('respects ranks 1..n, topK, threshold, order, and never lists an excluded profile', () => {
    fc.assert(
      fc.property(rfqWithProfilesArb, optionsArb, ({ rfq, profiles }, options) => {
        const { matches, diagnostics } = rankCandidates(rfq, profiles, options);
        expect(matches.length).toBeLessThanOrEqual(options.topK);
        expect(matches.map((m) => m.rank)).toEqual(matches.map((_, i) => i + 1));
        for (const match of matches) {
          expect(match.score).toBeGreaterThanOrEqual(options.threshold);
          expect(match.score).toBeLessThanOrEqual(1);
          const profile = profiles.find((p) => p.profileId === match.profileId)!;
          expect(scoreProfile(rfq, profile, options)).toEqual(
            Object.fromEntries(Object.entries(match).filter(([key]) => key !== 'rank')),
          );
        }
        for (let i = 1; i < matches.length; i++) {
          expect(compareByScoreThenProfileId(matches[i - 1], matches[i])).toBeLessThan(0);
        }
        expect(diagnostics.evaluated).toBe(profiles.length);
        expect(diagnostics.excluded + diagnostics.belowThreshold + diagnostics.cutByTopK + matches.length).toBe(
          profiles.length,
        );
        const reasonTotal = EXCLUSION_REASONS.reduce((sum, r) => sum + diagnostics.excludedByReason[r], 0);
        expect(reasonTotal).toBeGreaterThanOrEqual(diagnostics.excluded);
      }),
    );
  });

  it('keeps exactly the best topK of all profiles above the threshold', () => {
    fc.assert(
      fc.property(rfqWithProfilesArb, optionsArb, ({ rfq, profiles }, options) => {
        const expected = profiles
          .map((p) => scoreProfile(rfq, p, options))
          .flatMap((e) => (e.status === 'SCORED' && e.meetsThreshold ? [e] : []))
          .sort(compareByScoreThenProfileId)
          .slice(0, options.topK)
          .map((e) => e.profileId);
        expect(rankCandidates(rfq, profiles, options).matches.map((m) => m.profileId)).toEqual(expected);
      }),
    );
  });

  it('gives equal output for equal input, whatever the order of the profiles', () => {
    fc.assert(
      fc.property(
        rfqWithProfilesArb.chain(({ rfq, profiles }) =>
          fc.shuffledSubarray(profiles, { minLength: profiles.length }).map((shuffled) => ({ rfq, profiles, shuffled })),
        ),
        optionsArb,
        ({ rfq, profiles, shuffled }, options) => {
          const first = rankCandidates(rfq, profiles, options);
          expect(rankCandidates(rfq, profiles, options)).toEqual(first);
          expect(rankCandidates(rfq, shuffled, options)).toEqual(first);
        },
      ),
    );
  });
});
