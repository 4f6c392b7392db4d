import type { CandidateProfile } from './candidate-profile';
import { resolveEngineOptions, type EngineOptions, type ResolvedEngineOptions } from './engine-options';
import type { ExclusionReason } from './exclusion-reason';
import { Factor } from './factor';
import type { CapacityFitDetails, FactorDetailsMap } from './factor-details';
import { capacityFit } from './factors/capacity-fit';
import { coverage } from './factors/coverage';
import { distanceFit } from './factors/distance';
import type { FactorResult } from './factors/factor-result';
import { fairnessFit } from './factors/fairness';
import { leadTimeFit } from './factors/lead-time-fit';
import { trackRecordFit } from './factors/track-record';
import { verificationFit } from './factors/verification';
import { findExclusionReasons } from './hard-filters';
import { prepareRfq, type PreparedRfq } from './prepared-rfq';
import type { RfqSpec } from './rfq-spec';
import { clampUnit, roundTo6 } from './rounding';
import type { ComponentOf, ScoreComponent } from './score-component';
import type { FactorWeights } from './weights';
import { MATCHING_ENGINE_VERSION } from './version';

interface EvaluationBase {
  engineVersion: string;
  rfqId: string;
  profileId: string;
  organizationId: string;
}

interface ExcludedProfile extends EvaluationBase {
  status: 'EXCLUDED';
  /** Non-empty, in ExclusionReason order. */
  reasons: ExclusionReason[];
}

export interface ScoredProfile extends EvaluationBase {
  status: 'SCORED';
  /** 0..1, rounded to 6 decimals (roundTo6). */
  score: number;
  meetsThreshold: boolean;
  /** Units the profile can make by neededBy; feeds consortium suggestions. */
  deliverableQuantity: number;
  /** One component per factor, in FACTOR_ORDER. */
  breakdown: ScoreComponent[];
}

export type ProfileEvaluation = ExcludedProfile | ScoredProfile;

/** Scores one profile against one RFQ, e.g. to re-match a changed profile against open RFQs. */
export function scoreProfile(rfq: RfqSpec, profile: CandidateProfile, options?: EngineOptions): ProfileEvaluation {
  return evaluatePreparedProfile(prepareRfq(rfq), profile, resolveEngineOptions(options));
}

/** scoreProfile without per-call validation, for loops over many profiles. */
export function evaluatePreparedProfile(
  rfq: PreparedRfq,
  profile: CandidateProfile,
  options: ResolvedEngineOptions,
): ProfileEvaluation {
  const base: EvaluationBase = {
    engineVersion: MATCHING_ENGINE_VERSION,
    rfqId: rfq.id,
    profileId: profile.profileId,
    organizationId: profile.organizationId,
  };
  const reasons = findExclusionReasons(rfq, profile);
  if (reasons.length > 0) return { ...base, status: 'EXCLUDED', reasons };

  const capacity = capacityFit(profile.monthlyCapacity, rfq.todayDay, rfq.neededByDay, rfq.quantity);
  const breakdown = buildBreakdown(rfq, profile, capacity, options.weights);
  const score = scoreFromBreakdown(breakdown);
  return {
    ...base,
    status: 'SCORED',
    score,
    meetsThreshold: score >= options.threshold,
    deliverableQuantity: capacity.details.deliverableQuantity,
    breakdown,
  };
}

/**
 * Σ weight × value, accumulated in breakdown (FACTOR_ORDER) order from 0, then rounded to 6
 * decimals and clamped to 0..1. Anyone holding a breakdown can recompute the score exactly.
 */
export function scoreFromBreakdown(breakdown: readonly ScoreComponent[]): number {
  let sum = 0;
  for (const component of breakdown) sum += component.weight * component.value;
  return clampUnit(roundTo6(sum));
}

function buildBreakdown(
  rfq: PreparedRfq,
  profile: CandidateProfile,
  capacity: FactorResult<CapacityFitDetails>,
  weights: FactorWeights,
): ScoreComponent[] {
  return [
    component(Factor.PROCESS_COVERAGE, weights, coverage(rfq.processes, profile.processes)),
    component(Factor.MATERIAL_COVERAGE, weights, coverage(rfq.materials, profile.materials)),
    component(Factor.CAPACITY_FIT, weights, capacity),
    component(Factor.DISTANCE, weights, distanceFit(profile.location, rfq.deliveryLocation)),
    component(Factor.LEAD_TIME_FIT, weights, leadTimeFit(profile.leadTimeDays, rfq.quoteDeadlineDay, rfq.neededByDay)),
    component(Factor.VERIFICATION, weights, verificationFit(profile.verified)),
    component(Factor.TRACK_RECORD, weights, trackRecordFit(profile.trackRecord)),
    component(Factor.FAIRNESS, weights, fairnessFit(profile.openMatches)),
  ];
}

function component<F extends Factor>(
  factor: F,
  weights: FactorWeights,
  result: FactorResult<FactorDetailsMap[F]>,
): ComponentOf<F> {
  return {
    factor,
    weight: weights[factor],
    value: clampUnit(roundTo6(result.value)),
    details: result.details,
  } as ComponentOf<F>;
}
