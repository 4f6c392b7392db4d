import { DomainException } from '@jalin/errors';

export enum NotificationsErrorCode {
  /** A valid token whose user no longer exists. */
  USER_NOT_FOUND = 'USER_NOT_FOUND',
}

export class NotificationsException extends DomainException<NotificationsErrorCode> {
  readonly module = 'notifications';
}
