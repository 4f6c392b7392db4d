import type { FairnessDetails } from '../factor-details';
import type { FactorResult } from './factor-result';

/** Open matches at which the fairness value halves. */
const FAIRNESS_HALF_OPEN_MATCHES = 5;

/** 1 / (1 + openMatches / 5): favours IKMs that have few RFQs on their plate. */
export function fairnessFit(openMatches: number): FactorResult<FairnessDetails> {
  const open = Math.max(openMatches, 0);
  return { value: 1 / (1 + open / FAIRNESS_HALF_OPEN_MATCHES), details: { openMatches: open } };
}
