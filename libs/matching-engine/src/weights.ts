import { FACTOR_ORDER, type Factor } from './factor';

export type FactorWeights = Readonly<Record<Factor, number>>;

/**
 * Capability first (can they make it: processes, then capacity and material), then logistics
 * (distance, lead time), then trust (verification, track record), and a small fairness nudge
 * that spreads work without overriding fit. Material weighs less than process because the
 * Material Center at LIK Takaru supplies raw material, so a missing material is a softer gap
 * than a missing process.
 */
export const DEFAULT_WEIGHTS: FactorWeights = Object.freeze({
  PROCESS_COVERAGE: 0.3,
  MATERIAL_COVERAGE: 0.15,
  CAPACITY_FIT: 0.15,
  DISTANCE: 0.1,
  LEAD_TIME_FIT: 0.1,
  VERIFICATION: 0.07,
  TRACK_RECORD: 0.08,
  FAIRNESS: 0.05,
});

const WEIGHT_SUM_TOLERANCE = 1e-9;

/** Throws RangeError unless every weight is finite, >= 0, and they sum to 1. */
export function assertValidWeights(weights: FactorWeights): void {
  let sum = 0;
  for (const factor of FACTOR_ORDER) {
    const weight = weights[factor];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`Weight for ${factor} must be a finite number >= 0, got ${weight}`);
    }
    sum += weight;
  }
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    throw new RangeError(`Weights must sum to 1, got ${sum}`);
  }
}
