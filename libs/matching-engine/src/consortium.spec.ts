import fc from 'fast-check';
import { compareByScoreThenProfileId } from './compare-matches';
import { CONSORTIUM_POOL_SIZE, suggestConsortia, type ConsortiumCandidate } from './consortium';
import { rankCandidates } from './rank-candidates';
import { baseProfile, baseRfq } from './testing/arbitraries';

const candidatesArb = (maxLength: number) =>
  fc
    .array(
      fc.record({
        score: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000),
        deliverableQuantity: fc.integer({ min: 0, max: 5_000 }),
      }),
      { maxLength },
    )
    .map((list) => list.map((c, i): ConsortiumCandidate => ({ ...c, profileId: `p-${String(i).padStart(2, '0')}` })));

const scenarioArb = (maxLength: number) =>
  fc.record({ quantity: fc.integer({ min: 1, max: 15_000 }), candidates: candidatesArb(maxLength) });

const ids = (group: { members: ConsortiumCandidate[] }) => group.members.map((m) => m.profileId).join('+');

/** Every group of 2..5 from the pool whose capacity covers the quantity with every member needed, by brute force. */
function bruteForceCovers(candidates: ConsortiumCandidate[], quantity: number): ConsortiumCandidate[][] {
  const pool = candidates
    .filter((c) => c.deliverableQuantity > 0)
    .sort(compareByScoreThenProfileId)
    .slice(0, CONSORTIUM_POOL_SIZE);
  const covers: ConsortiumCandidate[][] = [];
  for (let mask = 1; mask < 1 << pool.length; mask++) {
    const group = pool.filter((_, i) => mask & (1 << i));
    if (group.length < 2 || group.length > 5) continue;
    const total = group.reduce((sum, c) => sum + c.deliverableQuantity, 0);
    if (total >= quantity && group.every((c) => total - c.deliverableQuantity < quantity)) covers.push(group);
  }
  return covers;
}

describe('suggestConsortia: examples', () => {
  it('combines the best IKMs when none can deliver alone, giving quantity to the best first', () => {
    const candidates = [
      { profileId: 'a', score: 0.9, deliverableQuantity: 600 },
      { profileId: 'b', score: 0.8, deliverableQuantity: 500 },
      { profileId: 'c', score: 0.7, deliverableQuantity: 450 },
      { profileId: 'd', score: 0.4, deliverableQuantity: 900 },
    ];
    const suggestions = suggestConsortia({ quantity: 1_000 }, candidates);
    expect(suggestions.map(ids)).toEqual(['a+b', 'a+c', 'a+d']);
    expect(suggestions[0]).toEqual({
      members: [candidates[0], candidates[1]],
      allocations: [
        { profileId: 'a', quantity: 600 },
        { profileId: 'b', quantity: 400 },
      ],
      coveredQuantity: 1_100,
      score: 0.86, // (600 × 0.9 + 400 × 0.8) / 1000
    });
  });

  it('returns [] when one IKM suffices or no group covers the quantity', () => {
    const candidates = [
      { profileId: 'a', score: 0.9, deliverableQuantity: 600 },
      { profileId: 'b', score: 0.8, deliverableQuantity: 500 },
    ];
    expect(suggestConsortia({ quantity: 600 }, candidates)).toEqual([]);
    expect(suggestConsortia({ quantity: 1_101 }, candidates)).toEqual([]);
  });

  it('works on ranked matches, using their deliverable quantity', () => {
    const rfq = baseRfq({ quantity: 5_000 });
    const profiles = ['p-1', 'p-2', 'p-3'].map((profileId, i) =>
      baseProfile({ profileId, organizationId: `org-${i}`, monthlyCapacity: 1_000 * (i + 1) }),
    );
    const { matches } = rankCandidates(rfq, profiles);
    expect(matches.map((m) => m.deliverableQuantity).sort()).toEqual([2_000, 4_000, 6_000]);
    expect(suggestConsortia(rfq, matches)).toEqual([]);

    const big = baseRfq({ quantity: 7_000 });
    const suggestions = suggestConsortia(big, rankCandidates(big, profiles).matches);
    expect(suggestions.map((s) => s.members.map((m) => m.profileId).sort().join('+'))).toEqual(
      expect.arrayContaining(['p-2+p-3', 'p-1+p-3']),
    );
    expect(suggestions.every((s) => s.coveredQuantity >= 7_000)).toBe(true);
  });
});

describe('suggestConsortia: properties', () => {
  it('returns at most 3 distinct minimal groups of 2..5 that cover the quantity, best first', () => {
    fc.assert(
      fc.property(scenarioArb(25), ({ quantity, candidates }) => {
        const suggestions = suggestConsortia({ quantity }, candidates);
        expect(suggestions.length).toBeLessThanOrEqual(3);
        expect(new Set(suggestions.map(ids)).size).toBe(suggestions.length);
        for (const s of suggestions) {
          expect(s.members.length).toBeGreaterThanOrEqual(2);
          expect(s.members.length).toBeLessThanOrEqual(5);
          const total = s.members.reduce((sum, m) => sum + m.deliverableQuantity, 0);
          expect(s.coveredQuantity).toBe(total);
          expect(total).toBeGreaterThanOrEqual(quantity);
          expect(s.members.every((m) => total - m.deliverableQuantity < quantity)).toBe(true);
          expect(s.allocations.reduce((sum, a) => sum + a.quantity, 0)).toBe(quantity);
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(1);
        }
        for (let i = 1; i < suggestions.length; i++) {
          expect(suggestions[i - 1].score).toBeGreaterThanOrEqual(suggestions[i].score);
        }
      }),
    );
  });

  it('is empty exactly when one candidate suffices or no group of 2..5 covers the quantity', () => {
    fc.assert(
      fc.property(scenarioArb(12), ({ quantity, candidates }) => {
        const single = candidates.some((c) => c.deliverableQuantity >= quantity);
        const anyGroup = bruteForceCovers(candidates, quantity).length > 0;
        expect(suggestConsortia({ quantity }, candidates).length === 0).toBe(single || !anyGroup);
      }),
    );
  });

  it('finds the best-scoring groups an exhaustive search finds', () => {
    fc.assert(
      fc.property(scenarioArb(12), ({ quantity, candidates }) => {
        if (candidates.some((c) => c.deliverableQuantity >= quantity)) return;
        const best = bruteForceCovers(candidates, quantity)
          .map((group) => {
            let remaining = quantity;
            let weighted = 0;
            for (const m of group) {
              const allocated = Math.min(m.deliverableQuantity, remaining);
              remaining -= allocated;
              weighted += allocated * m.score;
            }
            return Math.round((weighted / quantity) * 1e6) / 1e6;
          })
          .sort((a, b) => b - a)
          .slice(0, 3);
        expect(suggestConsortia({ quantity }, candidates).map((s) => s.score)).toEqual(best);
      }),
    );
  });

  it('does not depend on the order of the matches', () => {
    fc.assert(
      fc.property(
        scenarioArb(25).chain((s) =>
          fc.shuffledSubarray(s.candidates, { minLength: s.candidates.length }).map((shuffled) => ({ ...s, shuffled })),
        ),
        ({ quantity, candidates, shuffled }) => {
          expect(suggestConsortia({ quantity }, shuffled)).toEqual(suggestConsortia({ quantity }, candidates));
        },
      ),
    );
  });

  it('stays fast for a pool of 20 small IKMs and a large order', () => {
    const candidates = Array.from({ length: 20 }, (_, i) => ({
      profileId: `p-${String(i).padStart(2, '0')}`,
      score: 0.5 + i / 100,
      deliverableQuantity: 1_000,
    }));
    const started = performance.now();
    const suggestions = suggestConsortia({ quantity: 4_500 }, candidates);
    expect(performance.now() - started).toBeLessThan(500);
    expect(suggestions).toHaveLength(3);
    expect(suggestions.every((s) => s.members.length === 5)).toBe(true);
  });
});
