import type { CandidateProfile } from './candidate-profile';
import { compareByScoreThenProfileId } from './compare-matches';
import { resolveEngineOptions, type EngineOptions } from './engine-options';
import { EXCLUSION_REASONS, type ExclusionReason } from './exclusion-reason';
import { prepareRfq } from './prepared-rfq';
import type { RfqSpec } from './rfq-spec';
import { evaluatePreparedProfile, type ScoredProfile } from './score-profile';
import { MATCHING_ENGINE_VERSION } from './version';

export interface RankedMatch extends ScoredProfile {
  /** 1 = best. */
  rank: number;
}

interface RankingDiagnostics {
  evaluated: number;
  excluded: number;
  /** A profile failing several filters counts once under each. */
  excludedByReason: Record<ExclusionReason, number>;
  belowThreshold: number;
  /** Above the threshold but beyond topK. */
  cutByTopK: number;
}

export interface RankingResult {
  engineVersion: string;
  rfqId: string;
  matches: RankedMatch[];
  diagnostics: RankingDiagnostics;
}

/**
 * Filters, scores and ranks every profile for one RFQ. The output does not depend on the
 * order of `profiles`; profileIds must be unique (a RangeError otherwise).
 */
export function rankCandidates(
  rfq: RfqSpec,
  profiles: Iterable<CandidateProfile>,
  options?: EngineOptions,
): RankingResult {
  const prepared = prepareRfq(rfq);
  const resolved = resolveEngineOptions(options);
  const excludedByReason = Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 0])) as Record<ExclusionReason, number>;
  const seen = new Set<string>();
  const kept: ScoredProfile[] = [];
  let evaluated = 0;
  let excluded = 0;
  let belowThreshold = 0;

  for (const profile of profiles) {
    if (seen.has(profile.profileId)) {
      throw new RangeError(`Duplicate profileId ${profile.profileId}`);
    }
    seen.add(profile.profileId);
    evaluated++;
    const evaluation = evaluatePreparedProfile(prepared, profile, resolved);
    if (evaluation.status === 'EXCLUDED') {
      excluded++;
      for (const reason of evaluation.reasons) excludedByReason[reason]++;
    } else if (!evaluation.meetsThreshold) {
      belowThreshold++;
    } else {
      kept.push(evaluation);
    }
  }

  kept.sort(compareByScoreThenProfileId);
  const matches = kept.slice(0, resolved.topK).map((match, index) => ({ ...match, rank: index + 1 }));
  return {
    engineVersion: MATCHING_ENGINE_VERSION,
    rfqId: prepared.id,
    matches,
    diagnostics: { evaluated, excluded, excludedByReason, belowThreshold, cutByTopK: kept.length - matches.length },
  };
}
