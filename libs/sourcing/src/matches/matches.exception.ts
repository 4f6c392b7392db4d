import { DomainException } from '@jalin/errors';

export enum MatchingErrorCode {
  MATCH_NOT_FOUND = 'MATCH_NOT_FOUND',
  MATCH_NOT_DECLINABLE = 'MATCH_NOT_DECLINABLE',
}

export class MatchingException extends DomainException<MatchingErrorCode> {
  readonly module = 'matching';
}
