import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CandidateProfile, DAYS_PER_MONTH, DEFAULT_WEIGHTS, DISTANCE_HALF_KM, EARTH_RADIUS_KM, MIN_PRODUCTION_DAYS, RfqSpec,
  UNKNOWN_LOCATION_VALUE, UNVERIFIED_VALUE,
} from '@jalin/matching-engine';
import { dayNumber, RfqEntity } from '@jalin/sourcing';

interface CandidateRow {
  profile_id: string;
  organization_id: string;
  sectors: string[];
  processes: string[];
  materials: string[];
  certifications: { code: string; validUntil: string | null }[];
  monthly_capacity: number;
  min_order_quantity: number;
  lead_time_days: number;
  lat: number | null;
  lng: number | null;
  verified: boolean;
  suspended: boolean;
  matches_received: number;
  quotes_submitted: number;
  open_matches: number;
  completed_deals: number;
  on_time_deliveries: number;
}

/**
 * Reads the profiles the engine must see for an RFQ, straight from SQL into the engine's shape
 * (no entity hydration). The WHERE clause applies the engine's cheap hard filters on GIN-indexed
 * arrays (sector, certifications held, at least one requested process, minimum order), so only
 * plausible candidates leave the database; the engine re-checks every filter itself.
 */
@Injectable()
export class CandidateReader {
  constructor(private readonly dataSource: DataSource) {}

  async forRfq(rfq: RfqEntity): Promise<CandidateProfile[]> {
    const rows: CandidateRow[] = await this.dataSource.query(CANDIDATES_SQL(PREFILTER), [
      rfq.sector,
      rfq.requiredCertifications,
      rfq.processes,
      rfq.quantity,
    ]);
    return rows.map(toCandidate);
  }

  /**
   * Candidates for an RFQ in descending order of an upper bound of their score, `limit` at a time
   * after skipping `offset`. The bound is the engine's formula for the six factors SQL can compute
   * from the row (coverage, capacity, distance, lead time, verification) with track record and
   * fairness at their maximum, plus a margin for rounding: no profile scores above its bound, so
   * the matcher can stop reading once the next bound is below its K-th best exact score. Only ids
   * and bounds leave the database here; full rows follow for the few the matcher scores.
   */
  async boundsForRfq(rfq: RfqSpec, limit: number, offset: number, tier: ProcessTier = 'any'): Promise<CandidateBound[]> {
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
    return this.dataSource.query(
      `SELECT p.id AS "profileId", ${bound} AS bound
         FROM capability_profile p JOIN organization o ON o.id = p.organization_id
        WHERE NOT o.suspended AND ${PREFILTER} ${TIER_FILTER[tier]}
        ORDER BY bound DESC, p.id LIMIT $10 OFFSET $11`,
      [rfq.sector, rfq.requiredCertifications, rfq.processes, rfq.quantity, rfq.materials, productionDays, availableDays,
        rfq.deliveryLocation.lat, rfq.deliveryLocation.lng, limit, offset],
    );
  }

  /** Full candidate rows for the given profiles (any order). */
  async byProfileIds(profileIds: readonly string[]): Promise<CandidateProfile[]> {
    if (profileIds.length === 0) return [];
    const rows: CandidateRow[] = await this.dataSource.query(CANDIDATES_SQL('p.id = ANY($1::uuid[])'), [profileIds]);
    return rows.map(toCandidate);
  }

  async byProfileId(profileId: string): Promise<CandidateProfile | null> {
    const rows: CandidateRow[] = await this.dataSource.query(CANDIDATES_SQL('p.id = $1'), [profileId]);
    return rows.length ? toCandidate(rows[0]) : null;
  }
}

/** The engine's cheap hard filters, on GIN-indexed arrays: $1 sector, $2 certificates, $3 processes, $4 quantity. */
const PREFILTER = 'p.sectors @> ARRAY[$1]::text[] AND p.certification_codes @> $2::text[] AND p.processes && $3::text[] AND p.min_order_quantity <= $4';

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

/** Track record and open matches come from ikm_track_record, kept exact by triggers and deal completion. */
const CANDIDATES_SQL = (where: string) => `
  SELECT p.id AS profile_id, p.organization_id, p.sectors, p.processes, p.materials, p.certifications,
         p.monthly_capacity, p.min_order_quantity, p.lead_time_days, p.lat, p.lng, p.verified,
         o.suspended,
         COALESCE(s.matches_received, 0)::int AS matches_received,
         COALESCE(s.quotes_submitted, 0)::int AS quotes_submitted,
         COALESCE(s.open_matches, 0)::int AS open_matches,
         COALESCE(s.completed_deals, 0)::int AS completed_deals,
         COALESCE(s.on_time_deliveries, 0)::int AS on_time_deliveries
    FROM capability_profile p
    JOIN organization o ON o.id = p.organization_id
    LEFT JOIN ikm_track_record s ON s.organization_id = p.organization_id
   WHERE NOT o.suspended AND ${where}`;

function toCandidate(row: CandidateRow): CandidateProfile {
  return {
    profileId: row.profile_id,
    organizationId: row.organization_id,
    sectors: row.sectors,
    processes: row.processes,
    materials: row.materials,
    certifications: row.certifications.map((c) => ({ code: c.code, validUntilDay: c.validUntil ? dayNumber(c.validUntil) : null })),
    monthlyCapacity: row.monthly_capacity,
    minOrderQuantity: row.min_order_quantity,
    leadTimeDays: row.lead_time_days,
    location: row.lat === null || row.lng === null ? null : { lat: row.lat, lng: row.lng },
    verified: row.verified,
    suspended: row.suspended,
    trackRecord: { completedDeals: row.completed_deals, onTimeDeliveries: row.on_time_deliveries, quotesSubmitted: row.quotes_submitted, matchesReceived: row.matches_received },
    openMatches: row.open_matches,
  };
}
