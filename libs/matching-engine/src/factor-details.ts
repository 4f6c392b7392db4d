import { Factor } from './factor';

export interface CoverageDetails {
  requestedCount: number;
  coveredCount: number;
  /** Requested codes the profile has, in RFQ order. */
  covered: string[];
  /** Requested codes the profile lacks, in RFQ order. */
  missing: string[];
}

export interface CapacityFitDetails {
  monthlyCapacity: number;
  daysUntilNeededBy: number;
  /** daysUntilNeededBy floored at one day. */
  productionDays: number;
  /** floor(monthlyCapacity × productionDays / 30). */
  deliverableQuantity: number;
  requestedQuantity: number;
}

export interface DistanceDetails {
  /** Great-circle km to the delivery location; null when the profile has no location. */
  distanceKm: number | null;
}

export interface LeadTimeFitDetails {
  leadTimeDays: number;
  /** Days between the quote deadline and neededBy. */
  availableDays: number;
}

export interface VerificationDetails {
  verified: boolean;
}

export interface TrackRecordDetails {
  completedDeals: number;
  onTimeDeliveries: number;
  quotesSubmitted: number;
  matchesReceived: number;
  /** On-time rate shrunk towards 0.5. */
  onTimeRate: number;
  /** Quotes per match received, shrunk towards 0.5. */
  responseRate: number;
  newcomer: boolean;
}

export interface FairnessDetails {
  openMatches: number;
}

export interface FactorDetailsMap {
  [Factor.PROCESS_COVERAGE]: CoverageDetails;
  [Factor.MATERIAL_COVERAGE]: CoverageDetails;
  [Factor.CAPACITY_FIT]: CapacityFitDetails;
  [Factor.DISTANCE]: DistanceDetails;
  [Factor.LEAD_TIME_FIT]: LeadTimeFitDetails;
  [Factor.VERIFICATION]: VerificationDetails;
  [Factor.TRACK_RECORD]: TrackRecordDetails;
  [Factor.FAIRNESS]: FairnessDetails;
}
