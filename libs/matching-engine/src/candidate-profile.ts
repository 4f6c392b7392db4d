import type { GeoPoint } from './rfq-spec';

export interface HeldCertification {
  code: string;
  /** Days since epoch (UTC); null = no expiry. */
  validUntilDay: number | null;
}

export interface TrackRecord {
  completedDeals: number;
  onTimeDeliveries: number;
  quotesSubmitted: number;
  matchesReceived: number;
}

/** An IKM capability profile as the engine sees it. */
export interface CandidateProfile {
  profileId: string;
  organizationId: string;
  sectors: readonly string[];
  processes: readonly string[];
  materials: readonly string[];
  certifications: readonly HeldCertification[];
  monthlyCapacity: number;
  minOrderQuantity: number;
  leadTimeDays: number;
  location: GeoPoint | null;
  verified: boolean;
  suspended: boolean;
  trackRecord: TrackRecord;
  /** Matches currently open for this IKM (feeds the fairness factor). */
  openMatches: number;
}
