/** Why a current quote did not win: the RFQ went to other quotes, or was closed without an award. */
export enum RfqNotAwardedOutcome {
  AWARDED_TO_OTHERS = 'AWARDED_TO_OTHERS',
  CLOSED = 'CLOSED',
}
