import { InputIssue } from '@jalin/errors';
import { DealSide } from '../deal-status.enum';
import { DealRatingInput } from './deal-rating-input';

export const MAX_RATING_COMMENT = 2000;

const score = (value: number | null | undefined) => value !== null && value !== undefined;
const valid = (value: number | null | undefined) => Number.isInteger(value) && value! >= 1 && value! <= 5;

/** Buyers rate quality and delivery; IKMs rate the buyer's payment punctuality. Scores 1 to 5. */
export function checkRating(side: DealSide, input: DealRatingInput): InputIssue[] {
  const issues: InputIssue[] = [];
  const required = side === DealSide.BUYER ? (['quality', 'delivery'] as const) : (['paymentPunctuality'] as const);
  const forbidden = side === DealSide.BUYER ? (['paymentPunctuality'] as const) : (['quality', 'delivery'] as const);
  for (const field of required) {
    if (!valid(input[field])) issues.push({ field: `input.${field}`, value: input[field] ?? null, message: 'must be a whole number from 1 to 5' });
  }
  for (const field of forbidden) {
    if (score(input[field])) issues.push({ field: `input.${field}`, value: input[field], message: `is rated by the ${side === DealSide.BUYER ? 'IKM' : 'buyer'}, not by you` });
  }
  if (input.comment && input.comment.length > MAX_RATING_COMMENT) {
    issues.push({ field: 'input.comment', value: input.comment.slice(0, 40), message: `must be at most ${MAX_RATING_COMMENT} characters` });
  }
  return issues;
}
