import { DomainException } from '@jalin/errors';

export enum QuotesErrorCode {
  /** The RFQ does not exist or the caller's IKM is not matched to it. */
  RFQ_NOT_FOUND = 'RFQ_NOT_FOUND',
  QUOTE_NOT_FOUND = 'QUOTE_NOT_FOUND',
  RFQ_NOT_OPEN = 'RFQ_NOT_OPEN',
  QUOTE_DEADLINE_PASSED = 'QUOTE_DEADLINE_PASSED',
  MATCH_DECLINED = 'MATCH_DECLINED',
  QUOTE_NOT_WITHDRAWABLE = 'QUOTE_NOT_WITHDRAWABLE',
}

export class QuotesException extends DomainException<QuotesErrorCode> {
  readonly module = 'quotes';
}
