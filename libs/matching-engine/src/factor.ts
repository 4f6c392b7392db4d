/** The weighted factors of a match score. */
export const Factor = {
  PROCESS_COVERAGE: 'PROCESS_COVERAGE',
  MATERIAL_COVERAGE: 'MATERIAL_COVERAGE',
  CAPACITY_FIT: 'CAPACITY_FIT',
  DISTANCE: 'DISTANCE',
  LEAD_TIME_FIT: 'LEAD_TIME_FIT',
  VERIFICATION: 'VERIFICATION',
  TRACK_RECORD: 'TRACK_RECORD',
  FAIRNESS: 'FAIRNESS',
} as const;

export type Factor = (typeof Factor)[keyof typeof Factor];

/** The breakdown order, and the order in which weighted values are summed into the score. */
export const FACTOR_ORDER: readonly Factor[] = [
  Factor.PROCESS_COVERAGE,
  Factor.MATERIAL_COVERAGE,
  Factor.CAPACITY_FIT,
  Factor.DISTANCE,
  Factor.LEAD_TIME_FIT,
  Factor.VERIFICATION,
  Factor.TRACK_RECORD,
  Factor.FAIRNESS,
];
