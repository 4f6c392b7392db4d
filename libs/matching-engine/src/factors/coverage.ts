import type { CoverageDetails } from '../factor-details';
import type { FactorResult } from './factor-result';

/** Share of the requested (de-duplicated) codes the profile holds; nothing requested = 1. */
export function coverage(requested: readonly string[], held: readonly string[]): FactorResult<CoverageDetails> {
  const covered: string[] = [];
  const missing: string[] = [];
  for (const code of requested) {
    (held.includes(code) ? covered : missing).push(code);
  }
  const value = requested.length === 0 ? 1 : covered.length / requested.length;
  return {
    value,
    details: { requestedCount: requested.length, coveredCount: covered.length, covered, missing },
  };
}
