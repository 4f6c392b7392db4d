export { MATCHING_ENGINE_VERSION } from './version';

export type { RfqSpec } from './rfq-spec';
export type { CandidateProfile, HeldCertification } from './candidate-profile';

export type * from './factor-details';
export type { ScoreComponent } from './score-component';
export { DEFAULT_WEIGHTS, assertValidWeights } from './weights';
export { resolveEngineOptions, type ResolvedEngineOptions } from './engine-options';

export { prepareRfq, type PreparedRfq } from './prepared-rfq';
export { distanceValue } from './factors/distance';
export { deliverableQuantity } from './factors/capacity-fit';

export { scoreProfile, evaluatePreparedProfile, type ScoredProfile } from './score-profile';
export { compareByScoreThenProfileId } from './compare-matches';
export { rankCandidates, type RankedMatch } from './rank-candidates';
export { suggestConsortia, type ConsortiumSuggestion } from './consortium';
export { explainComponent } from './explain';

export { DAYS_PER_MONTH, MIN_PRODUCTION_DAYS } from './factors/capacity-fit';
export { EARTH_RADIUS_KM, DISTANCE_HALF_KM, UNKNOWN_LOCATION_VALUE } from './factors/distance';
export { UNVERIFIED_VALUE } from './factors/verification';
export { trackRecordFit } from './factors/track-record';
export { fairnessFit } from './factors/fairness';
