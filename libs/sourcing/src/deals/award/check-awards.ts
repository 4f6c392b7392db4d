import { isUuid } from '@jalin/database';
import { InputIssue } from '@jalin/errors';
import { MAX_RUPIAH, MAX_RUPIAH_TEXT } from '@jalin/graphql-core';
import { QuoteStatus } from '../../quotes';
import { AwardLine } from './award-line';

export const MAX_AWARD_LINES = 50;

/** What the award checks need of a quote. */
export interface AwardableQuote {
  id: string;
  rfqId: string;
  current: boolean;
  status: QuoteStatus;
  quantity: number;
  unitPrice: bigint;
  validUntil: string;
}

/** The shape of the request alone, before any row is read. */
export function checkAwardShape(lines: readonly AwardLine[]): InputIssue[] {
  const issues: InputIssue[] = [];
  if (lines.length === 0) issues.push({ field: 'awards', value: [], message: 'must name at least one quote' });
  if (lines.length > MAX_AWARD_LINES) issues.push({ field: 'awards', value: lines.length, message: `must name at most ${MAX_AWARD_LINES} quotes` });
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (seen.has(line.quoteId)) issues.push({ field: `awards.${i}.quoteId`, value: line.quoteId, message: 'names a quote already awarded in this request' });
    seen.add(line.quoteId);
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      issues.push({ field: `awards.${i}.quantity`, value: line.quantity, message: 'must be a whole number of at least 1' });
    }
  });
  return issues;
}

export interface AwardCheck {
  issues: InputIssue[];
  /** Quotes that exist on this RFQ but cannot be awarded now (withdrawn, superseded, expired, decided). */
  conflicts: string[];
}

/**
 * The award against the RFQ and its quotes: each line names a quote of this RFQ, current and
 * SUBMITTED and still valid, for no more than it offers and a deal value within the bound;
 * together no more than the RFQ asks.
 */
export function checkAwards(lines: readonly AwardLine[], quotes: ReadonlyMap<string, AwardableQuote>, rfq: { id: string; quantity: number }, today: string): AwardCheck {
  const issues: InputIssue[] = [];
  const conflicts: string[] = [];
  let total = 0;
  lines.forEach((line, i) => {
    const quote = isUuid(line.quoteId) ? quotes.get(line.quoteId) : undefined;
    if (!quote || quote.rfqId !== rfq.id) {
      issues.push({ field: `awards.${i}.quoteId`, value: line.quoteId, message: 'is not a quote of this RFQ' });
      return;
    }
    if (!quote.current) conflicts.push(`quote ${quote.id} was superseded by a newer revision`);
    else if (quote.status !== QuoteStatus.SUBMITTED) conflicts.push(`quote ${quote.id} is ${quote.status}`);
    else if (quote.validUntil < today) conflicts.push(`quote ${quote.id} expired on ${quote.validUntil}`);
    if (line.quantity > quote.quantity) {
      issues.push({ field: `awards.${i}.quantity`, value: line.quantity, message: `must not exceed the quoted quantity (${quote.quantity})` });
    } else if (dealValue(line.quantity, quote.unitPrice) > MAX_RUPIAH) {
      // Only a quote stored before the bound can get here: the quote checks keep new ones within it.
      issues.push({ field: `awards.${i}.quantity`, value: line.quantity, message: `the deal value (unit price × quantity) must not exceed ${MAX_RUPIAH_TEXT}` });
    }
    total += line.quantity;
  });
  if (total > rfq.quantity) issues.push({ field: 'awards', value: total, message: `the awarded quantities add up to ${total}, above the RFQ quantity (${rfq.quantity})` });
  return { issues, conflicts };
}

/** Deal value in exact whole rupiah. */
export const dealValue = (quantity: number, unitPrice: bigint): bigint => BigInt(quantity) * unitPrice;
