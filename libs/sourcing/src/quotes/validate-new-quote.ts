import { InputIssue } from '@jalin/errors';
import { MAX_RUPIAH, MAX_RUPIAH_TEXT } from '@jalin/graphql-core';
import { NewQuote } from './new-quote';

export const MAX_LEAD_TIME_DAYS = 730;
export const MAX_QUOTE_NOTES = 2000;

/**
 * The checks of a quote against its RFQ that the GraphQL types cannot make. Returns every problem,
 * not the first. `today` is the WIB calendar date.
 */
export function validateNewQuote(input: NewQuote, rfq: { quantity: number }, today: string): InputIssue[] {
  const issues: InputIssue[] = [];
  if (input.unitPrice <= 0n) issues.push({ field: 'input.unitPrice', value: input.unitPrice.toString(), message: 'must be at least 1 rupiah' });
  if (!Number.isInteger(input.quantity) || input.quantity <= 0 || input.quantity > rfq.quantity) {
    issues.push({ field: 'input.quantity', value: input.quantity, message: `must be a whole number from 1 to the RFQ quantity (${rfq.quantity})` });
  } else if (input.unitPrice > 0n && input.unitPrice * BigInt(input.quantity) > MAX_RUPIAH) {
    issues.push({ field: 'input.unitPrice', value: input.unitPrice.toString(), message: `unit price × quantity must not exceed ${MAX_RUPIAH_TEXT}` });
  }
  if (!Number.isInteger(input.leadTimeDays) || input.leadTimeDays <= 0 || input.leadTimeDays > MAX_LEAD_TIME_DAYS) {
    issues.push({ field: 'input.leadTimeDays', value: input.leadTimeDays, message: `must be a whole number from 1 to ${MAX_LEAD_TIME_DAYS}` });
  }
  if (input.validUntil < today) issues.push({ field: 'input.validUntil', value: input.validUntil, message: 'must not be before today (WIB)' });
  if (input.notes && input.notes.length > MAX_QUOTE_NOTES) {
    issues.push({ field: 'input.notes', value: input.notes.slice(0, 40), message: `must be at most ${MAX_QUOTE_NOTES} characters` });
  }
  return issues;
}
