import { DomainException } from '@jalin/errors';

export enum IdentityErrorCode {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  INVALID_RESET_TOKEN = 'INVALID_RESET_TOKEN',
}

export class IdentityException extends DomainException<IdentityErrorCode> {
  readonly module = 'identity';
}
