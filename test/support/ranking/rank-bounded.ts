import {
  CandidateProfile, compareByScoreThenProfileId, evaluatePreparedProfile, prepareRfq, RankedMatch, ResolvedEngineOptions, RfqSpec,
  ScoredProfile,
} from '@jalin/matching-engine';
import { CandidateBound, ProcessTier } from './candidate-bounds';

/** Bounds carry this margin over the engine's exact formula (rounding, SQL float arithmetic). */
const CAP_MARGIN = 0.0001;

export interface BoundedSource {
  /** Profile ids of one tier with an upper bound of their score, best bound first. */
  bounds(limit: number, offset: number, tier: ProcessTier): Promise<CandidateBound[]>;
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
 *
 * Matching in SQL with the GIN prefilter, as Jalin did before the worker's in-memory index: kept
 * as the benchmark's SQL baseline and as a second, database-side check of the engine (an oracle
 * test), not used by the worker.
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

  const scoreTier = async (tier: ProcessTier): Promise<void> => {
    for (let offset = 0; ; offset += boundPage) {
      const bounds = await source.bounds(boundPage, offset, tier);
      for (let i = 0; i < bounds.length; i += scoreChunk) {
        if (bounds[i].bound < bar()) return;
        const ids = bounds.slice(i, i + scoreChunk).map((b) => b.profileId).filter((id) => !seen.has(id));
        ids.forEach((id) => seen.add(id)); // a row moved between scans by a concurrent change is scored once
        for (const candidate of await source.candidates(ids)) {
          const evaluation = evaluatePreparedProfile(prepared, candidate, options);
          if (evaluation.status === 'SCORED' && evaluation.meetsThreshold) kept.push(evaluation);
        }
        kept.sort(compareByScoreThenProfileId);
        kept = kept.slice(0, options.topK);
      }
      if (bounds.length < boundPage) return;
    }
  };

  if (rfq.processes.length < 2) {
    await scoreTier('any');
  } else {
    // Profiles holding every requested process first (a small, indexed set). A profile lacking one
    // scores at most 1 - w/n, every other factor at its best; when the bar is already above that,
    // the wide scan of the rest cannot change the top K and is skipped.
    await scoreTier('all');
    const cap = 1 - options.weights.PROCESS_COVERAGE / rfq.processes.length + CAP_MARGIN;
    if (cap >= bar()) await scoreTier('rest');
  }
  return kept.map((match, index) => ({ ...match, rank: index + 1 }));
}
