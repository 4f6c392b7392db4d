import { DomainException } from '@jalin/errors';

export enum RfqErrorCode {
  RFQ_NOT_FOUND = 'RFQ_NOT_FOUND',
  RFQ_NOT_OPEN = 'RFQ_NOT_OPEN',
  MATCHING_NOT_FAILED = 'MATCHING_NOT_FAILED',
}

export class RfqException extends DomainException<RfqErrorCode> {
  readonly module = 'rfqs';

  static notFound(id: string): RfqException {
    return new RfqException(RfqErrorCode.RFQ_NOT_FOUND, `RFQ ${id} not found`);
  }
}
