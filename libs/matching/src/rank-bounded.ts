import {
  CandidateProfile, compareByScoreThenProfileId, evaluatePreparedProfile, prepareRfq, RankedMatch, ResolvedEngineOptions, RfqSpec,
  ScoredProfile,
} from '@jalin/matching-engine';
import { CandidateBound } from './candidate-reader.service';

export interface BoundedSource {
  /** Profile ids with an upper bound of their score, best bound first. */
  bounds(limit: number, offset: number): Promise<CandidateBound[]>;
  /** The engine's view of these profiles. */
  candidates(profileIds: readonly string[]): Promise<CandidateProfile[]>;
}

/** Bounds read per scan; each scan covers all prefiltered rows, so one scan usually suffices. */
export const BOUND_PAGE = 1000;
/** Full rows fetched and scored at a time, in bound order. */
export const SCORE_CHUNK = 200;

/**
 * The engine's top K, scoring profiles in descending order of an upper bound of their score and
 * stopping as soon as the next bound is below the K-th best exact score (or the threshold): the
 * same result as scoring every candidate, because no profile scores above its bound. Bounds equal
 * to the bar are still scored, so the profile-id tie-break stays the engine's.
 */
export async function rankBounded(
  rfq: RfqSpec,
  source: BoundedSource,
  options: ResolvedEngineOptions,
  { boundPage = BOUND_PAGE, scoreChunk = SCORE_CHUNK } = {},
): Promise<RankedMatch[]> {
  const prepared = prepareRfq(rfq);
  const seen = new Set<string>();
  let kept: ScoredProfile[] = [];
  const bar = () => (kept.length >= options.topK ? kept[options.topK - 1].score : options.threshold);
  for (let offset = 0; ; offset += boundPage) {
    const bounds = await source.bounds(boundPage, offset);
    for (let i = 0; i < bounds.length; i += scoreChunk) {
      if (bounds[i].bound < bar()) return ranked(kept);
      const ids = bounds.slice(i, i + scoreChunk).map((b) => b.profileId).filter((id) => !seen.has(id));
      ids.forEach((id) => seen.add(id)); // a row moved between scans by a concurrent change is scored once
      for (const candidate of await source.candidates(ids)) {
        const evaluation = evaluatePreparedProfile(prepared, candidate, options);
        if (evaluation.status === 'SCORED' && evaluation.meetsThreshold) kept.push(evaluation);
      }
      kept.sort(compareByScoreThenProfileId);
      kept = kept.slice(0, options.topK);
    }
    if (bounds.length < boundPage) return ranked(kept);
  }
}

const ranked = (kept: ScoredProfile[]): RankedMatch[] => kept.map((match, index) => ({ ...match, rank: index + 1 }));
