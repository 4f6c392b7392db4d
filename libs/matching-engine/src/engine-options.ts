import { assertValidWeights, DEFAULT_WEIGHTS, type FactorWeights } from './weights';

export interface EngineOptions {
  /** Keep at most this many matches (default 20). */
  topK?: number;
  /** Keep matches with score >= threshold (default 0.35). */
  threshold?: number;
  /** Merged over DEFAULT_WEIGHTS; the result must sum to 1. */
  weights?: Partial<FactorWeights>;
}

export interface ResolvedEngineOptions {
  topK: number;
  threshold: number;
  weights: FactorWeights;
}

const DEFAULT_TOP_K = 20;
/**
 * Full process and material coverage with no capacity, no lead-time fit, 150 km, unverified and
 * new still scores ~0.62; a third of the processes, no material and little capacity lands ~0.30.
 * 0.35 sits between the two.
 */
const DEFAULT_THRESHOLD = 0.35;

export function resolveEngineOptions(options: EngineOptions = {}): ResolvedEngineOptions {
  const topK = options.topK ?? DEFAULT_TOP_K;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const weights: FactorWeights = options.weights ? { ...DEFAULT_WEIGHTS, ...options.weights } : DEFAULT_WEIGHTS;
  if (!Number.isInteger(topK) || topK < 1) {
    throw new RangeError(`topK must be an integer >= 1, got ${topK}`);
  }
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new RangeError(`threshold must be within 0..1, got ${threshold}`);
  }
  assertValidWeights(weights);
  return { topK, threshold, weights };
}
