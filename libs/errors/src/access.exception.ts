import { DomainException } from './domain.exception';

export enum AccessErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NO_RULE = 'NO_RULE',
  RATE_LIMITED = 'RATE_LIMITED',
}

/** Who may call what: raised by the global access guard and the rate limiter. */
export class AccessException extends DomainException<AccessErrorCode> {
  readonly module = 'access';
}
