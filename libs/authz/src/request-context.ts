import { AuthUser } from './auth-user';
import { SessionCookie } from './session-cookie';

/**
 * The GraphQL context of one HTTP request or one graphql-ws operation. `authError` keeps why a
 * presented token was refused, so a public operation still works while a protected one says why.
 */
export interface RequestContext {
  user: AuthUser | null;
  authError: string | null;
  clientIp: string;
  requestId: string;
  /** Per-request caches (DataLoaders), created lazily by the modules that need them. */
  loaders: Map<string, unknown>;
  /** HTTP only: the refresh-token cookie of cookie sessions. */
  sessionCookie?: SessionCookie;
}
