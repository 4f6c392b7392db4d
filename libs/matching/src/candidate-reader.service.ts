import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CandidateProfile } from '@jalin/matching-engine';
import { dayNumber, PENDING_TRACK_RECORD, RfqEntity } from '@jalin/sourcing';

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
    const rows: CandidateRow[] = await this.dataSource.query(CANDIDATES_SQL(CANDIDATE_PREFILTER), [
      rfq.sector,
      rfq.requiredCertifications,
      rfq.processes,
      rfq.quantity,
    ]);
    return rows.map(toCandidate);
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
export const CANDIDATE_PREFILTER = 'p.sectors @> ARRAY[$1]::text[] AND p.certification_codes @> $2::text[] AND p.processes && $3::text[] AND p.min_order_quantity <= $4';

/** Track record and open matches come from ikm_track_record plus its pending deltas (exact), and deal completion. */
const CANDIDATES_SQL = (where: string) => `
  SELECT p.id AS profile_id, p.organization_id, p.sectors, p.processes, p.materials, p.certifications,
         p.monthly_capacity, p.min_order_quantity, p.lead_time_days, p.lat, p.lng, p.verified,
         o.suspended,
         (COALESCE(s.matches_received, 0) + COALESCE(pending.matches_received, 0))::int AS matches_received,
         (COALESCE(s.quotes_submitted, 0) + COALESCE(pending.quotes_submitted, 0))::int AS quotes_submitted,
         (COALESCE(s.open_matches, 0) + COALESCE(pending.open_matches, 0))::int AS open_matches,
         COALESCE(s.completed_deals, 0)::int AS completed_deals,
         COALESCE(s.on_time_deliveries, 0)::int AS on_time_deliveries
    FROM capability_profile p
    JOIN organization o ON o.id = p.organization_id
    LEFT JOIN ikm_track_record s ON s.organization_id = p.organization_id
    LEFT JOIN LATERAL (${PENDING_TRACK_RECORD('p.organization_id')}) pending ON true
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
