import { InputIssue } from '@jalin/errors';
import { MAX_RUPIAH, MAX_RUPIAH_TEXT } from '@jalin/graphql-core';
import { todayInWib } from '@jalin/profiles';
import { isInIndonesia, Sector, validateCodesInSectors, validateCodes } from '@jalin/taxonomy';
import { NewRfq } from './new-rfq';

export const MAX_RFQ_QUANTITY = 100_000_000;

/**
 * The checks class-validator cannot make: taxonomy codes, codes of the RFQ's sector, dates in the
 * right order, a delivery point in Indonesia. Returns every problem, not the first.
 */
export function validateNewRfq(input: NewRfq, now: Date): InputIssue[] {
  const issues: InputIssue[] = [];
  const sectors = [input.sector as Sector];
  issues.push(...validateCodesInSectors('process', input.processes, sectors, 'input.processes'));
  issues.push(...validateCodesInSectors('material', input.materials, sectors, 'input.materials'));
  issues.push(...validateCodes('certification', input.requiredCertifications ?? [], 'input.requiredCertifications'));
  if (input.processes.length === 0) issues.push({ field: 'input.processes', value: input.processes, message: 'must name at least one process' });
  if (!Number.isInteger(input.quantity) || input.quantity <= 0 || input.quantity > MAX_RFQ_QUANTITY) {
    issues.push({ field: 'input.quantity', value: input.quantity, message: `must be a whole number from 1 to ${MAX_RFQ_QUANTITY}` });
  }
  if (input.targetUnitPrice !== null && input.targetUnitPrice !== undefined && (input.targetUnitPrice <= 0n || input.targetUnitPrice > MAX_RUPIAH)) {
    issues.push({ field: 'input.targetUnitPrice', value: input.targetUnitPrice.toString(), message: `must be from Rp 1 to ${MAX_RUPIAH_TEXT}` });
  }
  const point = input.deliveryLocation;
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng) || !isInIndonesia(point)) {
    issues.push({ field: 'input.deliveryLocation', value: point, message: 'must be a point in Indonesia' });
  }
  if (input.quoteDeadline.getTime() <= now.getTime()) {
    issues.push({ field: 'input.quoteDeadline', value: input.quoteDeadline.toISOString(), message: 'must be in the future' });
  }
  if (input.neededBy <= todayInWib(now)) {
    issues.push({ field: 'input.neededBy', value: input.neededBy, message: 'must be after today (WIB)' });
  }
  if (todayInWib(input.quoteDeadline) > input.neededBy) {
    issues.push({ field: 'input.quoteDeadline', value: input.quoteDeadline.toISOString(), message: 'must not be after neededBy' });
  }
  return issues;
}
