/** A factor's raw value in 0..1 (rounded later, in score-profile) and what explains it. */
export interface FactorResult<D> {
  value: number;
  details: D;
}
