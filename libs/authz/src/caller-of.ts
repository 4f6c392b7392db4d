import { AccessErrorCode, AccessException } from '@jalin/errors';
import { AuthUser } from './auth-user';
import { RequestContext } from './request-context';

/** The verified caller of a context; UNAUTHENTICATED when there is none. */
export function callerOf(context: RequestContext): AuthUser {
  if (!context.user) throw new AccessException(AccessErrorCode.UNAUTHENTICATED, 'Sign in first');
  return context.user;
}
