export interface SealedRfq {
  buyerOrganizationId: string;
  sealed: boolean;
  quoteDeadline: Date;
}

/**
 * A sealed RFQ hides every quote from everybody but its author until the quote deadline: prices,
 * and also who has quoted (match statuses, notifications).
 */
export function quotesSealed(rfq: SealedRfq, now: Date): boolean {
  return rfq.sealed && now.getTime() < rfq.quoteDeadline.getTime();
}
