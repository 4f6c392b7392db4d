import type { LeadTimeFitDetails } from '../factor-details';
import type { FactorResult } from './factor-result';

/**
 * Production can start once quotes close, so the window is neededBy − quoteDeadline.
 * 1 when the usual lead time fits the window, else window / leadTime (0 for no window).
 */
export function leadTimeFit(leadTimeDays: number, quoteDeadlineDay: number, neededByDay: number): FactorResult<LeadTimeFitDetails> {
  const availableDays = neededByDay - quoteDeadlineDay;
  let value: number;
  if (leadTimeDays <= availableDays) value = 1;
  else if (availableDays <= 0) value = 0;
  else value = availableDays / leadTimeDays;
  return { value, details: { leadTimeDays, availableDays } };
}
