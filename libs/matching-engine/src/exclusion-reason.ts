/** Why a profile was filtered out before scoring. Reported in this declaration order. */
export const ExclusionReason = {
  SECTOR_MISMATCH: 'SECTOR_MISMATCH',
  SUSPENDED: 'SUSPENDED',
  CERTIFICATION_MISSING: 'CERTIFICATION_MISSING',
  CERTIFICATION_EXPIRES_BEFORE_QUOTE_DEADLINE: 'CERTIFICATION_EXPIRES_BEFORE_QUOTE_DEADLINE',
  MIN_ORDER_ABOVE_QUANTITY: 'MIN_ORDER_ABOVE_QUANTITY',
  NO_REQUESTED_PROCESS: 'NO_REQUESTED_PROCESS',
} as const;

export type ExclusionReason = (typeof ExclusionReason)[keyof typeof ExclusionReason];

export const EXCLUSION_REASONS: readonly ExclusionReason[] = Object.values(ExclusionReason);
