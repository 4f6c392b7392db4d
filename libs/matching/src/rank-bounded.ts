import {
  compareByScoreThenProfileId, evaluatePreparedProfile, prepareRfq, RankedMatch, ResolvedEngineOptions, RfqSpec, ScoredProfile,
} from '@jalin/matching-engine';
import { BoundedCandidate } from './candidate-reader.service';

export type BoundedRead = (limit: number, offset: number) => Promise<BoundedCandidate[]>;

export const BOUNDED_BATCH = 300;

/**
 * The engine's top K, reading candidates best bound first and stopping as soon as the next bound
 * is below the K-th best exact score (or the threshold): the same result as scoring every
 * candidate, because no candidate scores above its bound. Ties with the bar are still read, so
 * the profile-id tie-break stays the engine's.
 */
export async function rankBounded(rfq: RfqSpec, read: BoundedRead, options: ResolvedEngineOptions, batch = BOUNDED_BATCH): Promise<RankedMatch[]> {
  const prepared = prepareRfq(rfq);
  const seen = new Set<string>();
  let kept: ScoredProfile[] = [];
  for (let offset = 0; ; offset += batch) {
    const rows = await read(batch, offset);
    for (const { candidate } of rows) {
      if (seen.has(candidate.profileId)) continue; // a row moved between pages by a concurrent change
      seen.add(candidate.profileId);
      const evaluation = evaluatePreparedProfile(prepared, candidate, options);
      if (evaluation.status === 'SCORED' && evaluation.meetsThreshold) kept.push(evaluation);
    }
    kept.sort(compareByScoreThenProfileId);
    kept = kept.slice(0, options.topK);
    if (rows.length < batch) break;
    const bar = kept.length >= options.topK ? kept[options.topK - 1].score : options.threshold;
    if (rows[rows.length - 1].bound < bar) break;
  }
  return kept.map((match, index) => ({ ...match, rank: index + 1 }));
}
