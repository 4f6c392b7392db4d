import type { Factor } from './factor';
import type { FactorDetailsMap } from './factor-details';

/** One line of a score breakdown: score = Σ weight × value over the breakdown, rounded. */
export type ScoreComponent = {
  [F in Factor]: {
    factor: F;
    weight: number;
    /** 0..1, rounded to 6 decimals (roundTo6). */
    value: number;
    details: FactorDetailsMap[F];
  };
}[Factor];

export type ComponentOf<F extends Factor> = Extract<ScoreComponent, { factor: F }>;
