import { DataSource } from 'typeorm';
import { CANDIDATE_PREFILTER } from '@jalin/matching';
import {
  DAYS_PER_MONTH, DEFAULT_WEIGHTS, DISTANCE_HALF_KM, EARTH_RADIUS_KM, MIN_PRODUCTION_DAYS, RfqSpec, UNKNOWN_LOCATION_VALUE, UNVERIFIED_VALUE,
} from '@jalin/matching-engine';

/**
 * The SQL ranking's bound query, kept where its only users are (the benchmark's SQL baseline and the
 * oracle test): the worker ranks with the in-memory index, and the engine is the score's definition.
 */
/**
 * Candidates for an RFQ in descending order of an upper bound of their score, `limit` at a time
 * after skipping `offset`. The bound is the engine's formula for the six factors SQL can compute
 * from the row (coverage, capacity, distance, lead time, verification) with track record and
 * fairness at their maximum, plus a margin for rounding: no profile scores above its bound, so
 * the matcher can stop reading once the next bound is below its K-th best exact score. Only ids
 * and bounds leave the database here; full rows follow for the few the matcher scores.
 */
export async function boundsForRfq(dataSource: DataSource, rfq: RfqSpec, limit: number, offset: number, tier: ProcessTier = 'any'): Promise<CandidateBound[]> {
  const w = DEFAULT_WEIGHTS;
  const productionDays = Math.max(rfq.neededByDay - rfq.todayDay, MIN_PRODUCTION_DAYS);
  const availableDays = rfq.neededByDay - rfq.quoteDeadlineDay;
  const bound = `(
    ${w.PROCESS_COVERAGE} * ${coveredCount('p.processes', 3, rfq.processes.length)} / ${Math.max(rfq.processes.length, 1)}
    + ${w.MATERIAL_COVERAGE} * ${rfq.materials.length === 0 ? '1' : `${coveredCount('p.materials', 5, rfq.materials.length)} / ${rfq.materials.length}`}
    + ${w.CAPACITY_FIT} * least(floor(p.monthly_capacity::float8 * $6 / ${DAYS_PER_MONTH}) / $4, 1)
    + ${w.DISTANCE} * CASE WHEN p.lat IS NULL THEN ${UNKNOWN_LOCATION_VALUE} ELSE 1 / (1 + (2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
          sin(radians($8 - p.lat) / 2) ^ 2 + cos(radians(p.lat)) * cos(radians($8)) * sin(radians($9 - p.lng) / 2) ^ 2)))) / ${DISTANCE_HALF_KM}) END
    + ${w.LEAD_TIME_FIT} * CASE WHEN p.lead_time_days <= $7 THEN 1 WHEN $7 <= 0 THEN 0 ELSE $7::float8 / p.lead_time_days END
    + ${w.VERIFICATION} * CASE WHEN p.verified THEN 1 ELSE ${UNVERIFIED_VALUE} END
    + ${w.TRACK_RECORD} + ${w.FAIRNESS} + ${BOUND_MARGIN})`;
  return dataSource.query(
    `SELECT p.id AS "profileId", ${bound} AS bound
       FROM capability_profile p JOIN organization o ON o.id = p.organization_id
      WHERE NOT o.suspended AND ${CANDIDATE_PREFILTER} ${TIER_FILTER[tier]}
      ORDER BY bound DESC, p.id LIMIT $10 OFFSET $11`,
    [rfq.sector, rfq.requiredCertifications, rfq.processes, rfq.quantity, rfq.materials, productionDays, availableDays,
      rfq.deliveryLocation.lat, rfq.deliveryLocation.lng, limit, offset],
  );
}

/**
 * How many of the requested codes (parameter $param, n of them) the array column holds, as one
 * containment test per code: far cheaper per row than an INTERSECT subquery.
 */
const coveredCount = (column: string, param: number, n: number): string =>
  n === 0 ? '0' : `(${Array.from({ length: n }, (_, i) => `(${column} @> ARRAY[($${param}::text[])[${i + 1}]])::int`).join(' + ')})::float8`;

/** Covers the rounding of values and score to 6 decimals and SQL's float arithmetic. */
const BOUND_MARGIN = 0.0001;

/**
 * Which prefiltered profiles: 'all' hold every requested process (a selective GIN lookup), 'rest'
 * lack at least one, 'any' is both.
 */
export type ProcessTier = 'all' | 'rest' | 'any';

const TIER_FILTER: Record<ProcessTier, string> = {
  all: 'AND p.processes @> $3::text[]',
  rest: 'AND NOT p.processes @> $3::text[]',
  any: '',
};

export interface CandidateBound {
  profileId: string;
  bound: number;
}

