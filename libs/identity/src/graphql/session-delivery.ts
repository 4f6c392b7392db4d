import { RequestContext } from '@jalin/authz';
import { Session } from '../auth/session.service';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { AuthPayloadType } from './auth-payload.type';

/**
 * The AuthPayload of a new session. In cookie mode (the web app) the refresh token goes into the
 * httpOnly cookie and the body's refreshToken is empty: the field stays non-null for API clients
 * that keep the token themselves.
 */
export function deliverSession(session: Session, ctx: RequestContext): AuthPayloadType {
  const payload = AuthPayloadType.from(session);
  if (!ctx.sessionCookie?.requested) return payload;
  ctx.sessionCookie.set(session.refreshToken);
  return { ...payload, refreshToken: '' };
}

/** The refresh token of refreshSession and logout: the argument, else the request's cookie. */
export function presentedRefreshToken(argument: string | null | undefined, ctx: RequestContext): string | null {
  return argument || ctx.sessionCookie?.refreshToken || null;
}

export function missingRefreshToken(): IdentityException {
  return new IdentityException(IdentityErrorCode.INVALID_REFRESH_TOKEN, 'No refresh token: pass refreshToken or sign in again');
}
