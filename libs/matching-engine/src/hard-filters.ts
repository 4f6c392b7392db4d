import type { CandidateProfile } from './candidate-profile';
import { ExclusionReason } from './exclusion-reason';
import type { PreparedRfq } from './prepared-rfq';

/** Every reason the profile cannot be matched to the RFQ, in ExclusionReason order; [] = eligible. */
export function findExclusionReasons(rfq: PreparedRfq, profile: CandidateProfile): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (!profile.sectors.includes(rfq.sector)) reasons.push(ExclusionReason.SECTOR_MISMATCH);
  if (profile.suspended) reasons.push(ExclusionReason.SUSPENDED);

  let missing = false;
  let expiring = false;
  for (const code of rfq.requiredCertifications) {
    const status = certificationStatus(profile, code, rfq.quoteDeadlineDay);
    if (status === 'MISSING') missing = true;
    else if (status === 'EXPIRING') expiring = true;
  }
  if (missing) reasons.push(ExclusionReason.CERTIFICATION_MISSING);
  if (expiring) reasons.push(ExclusionReason.CERTIFICATION_EXPIRES_BEFORE_QUOTE_DEADLINE);

  if (profile.minOrderQuantity > rfq.quantity) reasons.push(ExclusionReason.MIN_ORDER_ABOVE_QUANTITY);
  // Without this, the non-capability factors alone (up to 0.70 of the weight) could rank a
  // workshop that cannot perform any requested process above the threshold.
  if (rfq.processes.length > 0 && !rfq.processes.some((code) => profile.processes.includes(code))) {
    reasons.push(ExclusionReason.NO_REQUESTED_PROCESS);
  }
  return reasons;
}

type CertificationStatus = 'VALID' | 'EXPIRING' | 'MISSING';

/** Any one valid copy of the code is enough; null validUntilDay never expires. */
function certificationStatus(profile: CandidateProfile, code: string, quoteDeadlineDay: number): CertificationStatus {
  let status: CertificationStatus = 'MISSING';
  for (const held of profile.certifications) {
    if (held.code !== code) continue;
    if (held.validUntilDay === null || held.validUntilDay >= quoteDeadlineDay) return 'VALID';
    status = 'EXPIRING';
  }
  return status;
}
