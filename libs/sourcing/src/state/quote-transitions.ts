import { QuoteStatus } from '../quotes/quote-status.enum';
import { TransitionTable } from './transition-table';

const { SUBMITTED, WITHDRAWN, AWARDED, REJECTED } = QuoteStatus;

/** SUBMITTED until withdrawn by its IKM, awarded, or rejected (an award to others, or a close). */
export const QUOTE_TRANSITIONS: TransitionTable<QuoteStatus> = {
  [SUBMITTED]: [WITHDRAWN, AWARDED, REJECTED],
  [WITHDRAWN]: [],
  [AWARDED]: [],
  [REJECTED]: [],
};
