export { MATCHING_ENGINE_VERSION } from './version';

export type { Sector, GeoPoint, RfqSpec } from './rfq-spec';
export type { CandidateProfile, HeldCertification, TrackRecord } from './candidate-profile';
export { ExclusionReason, EXCLUSION_REASONS } from './exclusion-reason';
export { Factor, FACTOR_ORDER } from './factor';
export type * from './factor-details';
export type { ScoreComponent, ComponentOf } from './score-component';
export { DEFAULT_WEIGHTS, assertValidWeights, type FactorWeights } from './weights';
export {
  DEFAULT_ENGINE_OPTIONS,
  DEFAULT_THRESHOLD,
  DEFAULT_TOP_K,
  resolveEngineOptions,
  type EngineOptions,
  type ResolvedEngineOptions,
} from './engine-options';
export { SCORE_DECIMALS, VALUE_DECIMALS } from './rounding';

export { findExclusionReasons } from './hard-filters';
export { prepareRfq, type PreparedRfq } from './prepared-rfq';
export { haversineKm, distanceValue } from './factors/distance';
export { deliverableQuantity } from './factors/capacity-fit';

export {
  scoreProfile,
  evaluatePreparedProfile,
  scoreFromBreakdown,
  type ProfileEvaluation,
  type ScoredProfile,
  type ExcludedProfile,
} from './score-profile';
export { compareByScoreThenProfileId } from './compare-matches';
export { rankCandidates, type RankedMatch, type RankingResult, type RankingDiagnostics } from './rank-candidates';
export {
  suggestConsortia,
  MAX_CONSORTIUM_SUGGESTIONS,
  MIN_CONSORTIUM_MEMBERS,
  MAX_CONSORTIUM_MEMBERS,
  CONSORTIUM_POOL_SIZE,
  type ConsortiumCandidate,
  type ConsortiumAllocation,
  type ConsortiumSuggestion,
} from './consortium';
export { explainComponent, explainBreakdown, type CodeLabeler, type ExplainedComponent } from './explain';
export { formatNumber, type Locale } from './format-number';
export { DAYS_PER_MONTH, MIN_PRODUCTION_DAYS } from './factors/capacity-fit';
export { EARTH_RADIUS_KM, DISTANCE_HALF_KM, UNKNOWN_LOCATION_VALUE } from './factors/distance';
export { UNVERIFIED_VALUE } from './factors/verification';
export { trackRecordFit } from './factors/track-record';
export { fairnessFit } from './factors/fairness';
