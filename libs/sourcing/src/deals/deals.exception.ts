import { DomainException } from '@jalin/errors';

export enum DealsErrorCode {
  /** The RFQ does not exist or is not the caller's. */
  RFQ_NOT_FOUND = 'RFQ_NOT_FOUND',
  RFQ_NOT_OPEN = 'RFQ_NOT_OPEN',
  QUOTES_SEALED = 'QUOTES_SEALED',
  QUOTE_NOT_AWARDABLE = 'QUOTE_NOT_AWARDABLE',
  DEAL_NOT_FOUND = 'DEAL_NOT_FOUND',
  DEAL_STEP_OUT_OF_ORDER = 'DEAL_STEP_OUT_OF_ORDER',
  DEAL_STEP_NOT_YOURS = 'DEAL_STEP_NOT_YOURS',
  DEAL_NOT_COMPLETED = 'DEAL_NOT_COMPLETED',
  DEAL_ALREADY_RATED = 'DEAL_ALREADY_RATED',
}

export class DealsException extends DomainException<DealsErrorCode> {
  readonly module = 'deals';

  static rfqNotFound(id: string): DealsException {
    return new DealsException(DealsErrorCode.RFQ_NOT_FOUND, `RFQ ${id} not found`);
  }

  static dealNotFound(id: string): DealsException {
    return new DealsException(DealsErrorCode.DEAL_NOT_FOUND, `Deal ${id} not found`);
  }
}
