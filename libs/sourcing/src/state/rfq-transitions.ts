import { RfqStatus } from '../rfqs/rfq-status.enum';
import { TransitionTable } from './transition-table';

const { OPEN, AWARDED, CLOSED, CANCELLED } = RfqStatus;

/** OPEN until awarded, closed without an award, or cancelled; every end is final. */
export const RFQ_TRANSITIONS: TransitionTable<RfqStatus> = {
  [OPEN]: [AWARDED, CLOSED, CANCELLED],
  [AWARDED]: [],
  [CLOSED]: [],
  [CANCELLED]: [],
};
