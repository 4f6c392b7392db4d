import {
  deliverableQuantity, distanceValue, EARTH_RADIUS_KM, fairnessFit, MIN_PRODUCTION_DAYS, PreparedRfq, ResolvedEngineOptions,
  trackRecordFit, UNKNOWN_LOCATION_VALUE, UNVERIFIED_VALUE,
} from '@jalin/matching-engine';
import { CERT_SHIFT, FLAG, MIXED_EXPIRY, ProfileColumns } from './profile-columns';
import type { TopK } from './top-k';

const DEG_TO_RAD = Math.PI / 180;
/**
 * A bound may add in another order than the score's sum, and the score is then rounded to 6
 * decimals (up to 5e-7 upwards): a profile is dropped only when its bound is below the bar by
 * more than this.
 */
export const BOUND_SLACK = 1e-6;

/**
 * Everything about one RFQ the scan needs, computed once: the filter masks, each factor's
 * weighted term where it depends on the RFQ only, and the best remaining weight after each step.
 * Scoring a slot repeats the engine's operations in the engine's order, so the sum is the
 * engine's sum to the last bit.
 */
export class ScanPlan {
  /** One comparison covers sector, liveness, suspension and every required certificate held. */
  readonly keyMask: number;
  readonly keyValue: number;
  readonly requiredMask: number;
  readonly processMask: number;
  readonly materialMask: number;
  readonly nProcesses: number;
  readonly nMaterials: number;
  readonly quantity: number;
  readonly threshold: number;
  readonly processTerm: Float64Array;
  readonly materialTerm: Float64Array;
  readonly verifiedTerm: number;
  readonly unverifiedTerm: number;
  readonly fullLeadTerm: number;
  /** Best weight still possible once coverage, lead time and verification are known. */
  readonly restUnknown: number;
  /** … and capacity. */
  readonly restAfterCapacity: number;
  private readonly deadline: number;
  private readonly productionDays: number;
  private readonly availableDays: number;
  private readonly deliveryLat: number;
  private readonly deliveryLng: number;
  private readonly cosDeliveryLat: number;
  private readonly unknownDistanceTerm: number;
  private readonly newcomerTrackTerm: number;
  private readonly newcomerFairnessTerm: number;
  private readonly restAfterDistance: number;
  private readonly w: ResolvedEngineOptions['weights'];

  constructor(rfq: PreparedRfq, masks: { sector: number; required: number; processes: number; materials: number }, options: ResolvedEngineOptions) {
    const w = (this.w = options.weights);
    this.requiredMask = masks.required;
    this.processMask = masks.processes;
    this.materialMask = masks.materials;
    this.keyMask = masks.sector | FLAG.LIVE | FLAG.SUSPENDED | (masks.required << CERT_SHIFT);
    this.keyValue = masks.sector | FLAG.LIVE | (masks.required << CERT_SHIFT);
    this.nProcesses = rfq.processes.length;
    this.nMaterials = rfq.materials.length;
    this.quantity = rfq.quantity;
    this.threshold = options.threshold;
    this.deadline = rfq.quoteDeadlineDay;
    this.processTerm = coverageTerms(w.PROCESS_COVERAGE, this.nProcesses);
    this.materialTerm = coverageTerms(w.MATERIAL_COVERAGE, this.nMaterials);
    this.productionDays = Math.max(rfq.neededByDay - rfq.todayDay, MIN_PRODUCTION_DAYS);
    this.availableDays = rfq.neededByDay - rfq.quoteDeadlineDay;
    this.deliveryLat = rfq.deliveryLocation.lat;
    this.deliveryLng = rfq.deliveryLocation.lng;
    this.cosDeliveryLat = Math.cos(this.deliveryLat * DEG_TO_RAD);
    this.verifiedTerm = w.VERIFICATION * unit(1);
    this.unverifiedTerm = w.VERIFICATION * unit(UNVERIFIED_VALUE);
    this.unknownDistanceTerm = w.DISTANCE * unit(UNKNOWN_LOCATION_VALUE);
    this.fullLeadTerm = w.LEAD_TIME_FIT * unit(1);
    this.restUnknown = w.CAPACITY_FIT + w.DISTANCE + w.TRACK_RECORD + w.FAIRNESS;
    this.restAfterCapacity = w.DISTANCE + w.TRACK_RECORD + w.FAIRNESS;
    this.newcomerTrackTerm = w.TRACK_RECORD * unit(trackRecordFit({ completedDeals: 0, onTimeDeliveries: 0, quotesSubmitted: 0, matchesReceived: 0 }).value);
    this.newcomerFairnessTerm = w.FAIRNESS * unit(fairnessFit(0).value);
    this.restAfterDistance = w.TRACK_RECORD + w.FAIRNESS;
  }

  /** weight × leadTimeFit's value, as the engine computes it. */
  leadTerm(lead: number): number {
    const available = this.availableDays;
    return lead <= available ? this.fullLeadTerm : this.w.LEAD_TIME_FIT * unit(available <= 0 ? 0 : available / lead);
  }

  /** weight × capacityFit's value, as the engine computes it. */
  capacityTerm(monthlyCapacity: number): number {
    return this.w.CAPACITY_FIT * unit(Math.min(deliverableQuantity(monthlyCapacity, this.productionDays) / this.quantity, 1));
  }

  /**
   * The remaining hard filter (certificate expiry) and the score of a slot that passed the cheap
   * filters, offered to `top` when it reaches the threshold; gives up as soon as the best the
   * slot could still score is below `top`'s bar.
   */
  score(
    columns: ProfileColumns, top: TopK, slot: number,
    processesCovered: number, materialsCovered: number, capacityTerm: number, leadTerm: number, verificationTerm: number,
  ): void {
    if (this.requiredMask !== 0) {
      const expiry = columns.certExpiry[slot];
      if (expiry < this.deadline && (expiry !== MIXED_EXPIRY || !columns.mixedValidOn(slot, this.requiredMask, this.deadline))) return;
    }
    const w = this.w;
    const bar = top.bar(this.threshold) - BOUND_SLACK;
    // The engine's sum, in FACTOR_ORDER, from 0.
    let sum = 0;
    sum += this.processTerm[processesCovered];
    sum += this.materialTerm[materialsCovered];
    sum += capacityTerm;
    if (columns.keys[slot] & FLAG.HAS_LOCATION) {
      const lat = columns.latMicro[slot] / 1e6;
      const lng = columns.lngMicro[slot] / 1e6;
      // No trigonometry for a profile too far to win: the arc between the two latitudes is
      // never longer than the way between the two points.
      const kmAtLeast = EARTH_RADIUS_KM * Math.abs(this.deliveryLat - lat) * DEG_TO_RAD * (1 - 1e-9);
      if (sum + w.DISTANCE * distanceValue(kmAtLeast) + leadTerm + verificationTerm + this.restAfterDistance < bar) return;
      // haversineKm(profile, delivery), operation for operation.
      const sinLat = Math.sin(((this.deliveryLat - lat) * DEG_TO_RAD) / 2);
      const sinLng = Math.sin(((this.deliveryLng - lng) * DEG_TO_RAD) / 2);
      const a = sinLat * sinLat + Math.cos(lat * DEG_TO_RAD) * this.cosDeliveryLat * sinLng * sinLng;
      const h = Math.min(Math.max(a, 0), 1);
      const km = 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
      sum += w.DISTANCE * unit(distanceValue(km));
    } else {
      sum += this.unknownDistanceTerm;
    }
    sum += leadTerm;
    sum += verificationTerm;
    if (sum + this.restAfterDistance < bar) return;

    if (isNewcomer(columns, slot)) {
      sum += this.newcomerTrackTerm;
      sum += this.newcomerFairnessTerm;
    } else {
      const { trackRecord, openMatches } = columns.countersAt(slot);
      sum += w.TRACK_RECORD * unit(trackRecordFit(trackRecord).value);
      sum += w.FAIRNESS * unit(fairnessFit(openMatches).value);
    }
    const score = unit(sum);
    if (score >= this.threshold) top.offer(slot, score);
  }
}

/** The engine's factor value: rounded to 6 decimals, clamped to 0..1. */
export function unit(x: number): number {
  const rounded = Math.round(x * 1_000_000) / 1_000_000;
  return rounded < 0 ? 0 : rounded > 1 ? 1 : rounded;
}

/** weight × coverage value for 0..n covered codes (coverage of nothing requested is 1). */
function coverageTerms(weight: number, requested: number): Float64Array {
  const terms = new Float64Array(Math.max(requested, 0) + 33);
  for (let covered = 0; covered < terms.length; covered++) {
    terms[covered] = weight * unit(requested === 0 ? 1 : Math.min(covered, requested) / requested);
  }
  return terms;
}

/** No deal, no match, nothing open: the engine's neutral values, computed once per RFQ. */
function isNewcomer(columns: ProfileColumns, slot: number): boolean {
  return (columns.completedDeals[slot] | columns.onTimeDeliveries[slot] | columns.quotesSubmitted[slot] | columns.matchesReceived[slot] | columns.openMatches[slot]) === 0;
}
