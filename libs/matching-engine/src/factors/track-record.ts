import type { TrackRecord } from '../candidate-profile';
import type { TrackRecordDetails } from '../factor-details';
import type { FactorResult } from './factor-result';

const NEUTRAL_RATE = 0.5;
/**
 * Pseudo-observations at 0.5 added to each rate, so a newcomer scores exactly 0.5 and one late
 * delivery out of one deal does not sink an IKM: rate = (hits + 4 × 0.5) / (observations + 4).
 */
const PRIOR_OBSERVATIONS = 4;

export function shrunkRate(hits: number, observations: number): number {
  return (hits + PRIOR_OBSERVATIONS * NEUTRAL_RATE) / (observations + PRIOR_OBSERVATIONS);
}

/** Mean of the shrunk on-time rate and the shrunk response rate (quotes per match received). */
export function trackRecordFit(record: TrackRecord): FactorResult<TrackRecordDetails> {
  // Stored counters can drift (e.g. a deal re-opened); never let hits exceed observations.
  const completedDeals = Math.max(record.completedDeals, 0);
  const onTimeDeliveries = Math.min(Math.max(record.onTimeDeliveries, 0), completedDeals);
  const matchesReceived = Math.max(record.matchesReceived, 0);
  const quotesSubmitted = Math.min(Math.max(record.quotesSubmitted, 0), matchesReceived);

  const onTimeRate = shrunkRate(onTimeDeliveries, completedDeals);
  const responseRate = shrunkRate(quotesSubmitted, matchesReceived);
  return {
    value: (onTimeRate + responseRate) / 2,
    details: {
      completedDeals,
      onTimeDeliveries,
      quotesSubmitted,
      matchesReceived,
      onTimeRate,
      responseRate,
      newcomer: completedDeals === 0 && matchesReceived === 0,
    },
  };
}
