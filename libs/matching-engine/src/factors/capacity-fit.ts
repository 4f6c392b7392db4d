import type { CapacityFitDetails } from '../factor-details';
import type { FactorResult } from './factor-result';

export const DAYS_PER_MONTH = 30;
/** A neededBy of today (or already past) still counts one day of production, so capacity never rounds to nothing. */
export const MIN_PRODUCTION_DAYS = 1;

/**
 * What the profile can make by neededBy: floor((monthlyCapacity × productionDays) / 30).
 * Multiplying before dividing keeps the product exact for integer inputs.
 */
export function deliverableQuantity(monthlyCapacity: number, productionDays: number): number {
  return Math.floor((Math.max(monthlyCapacity, 0) * productionDays) / DAYS_PER_MONTH);
}

/** min(deliverableQuantity / quantity, 1). */
export function capacityFit(
  monthlyCapacity: number,
  todayDay: number,
  neededByDay: number,
  quantity: number,
): FactorResult<CapacityFitDetails> {
  const daysUntilNeededBy = neededByDay - todayDay;
  const productionDays = Math.max(daysUntilNeededBy, MIN_PRODUCTION_DAYS);
  const deliverable = deliverableQuantity(monthlyCapacity, productionDays);
  return {
    value: Math.min(deliverable / quantity, 1),
    details: {
      monthlyCapacity,
      daysUntilNeededBy,
      productionDays,
      deliverableQuantity: deliverable,
      requestedQuantity: quantity,
    },
  };
}
