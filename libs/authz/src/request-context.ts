import { AuthUser } from './auth-user';
import { SessionCookie } from './session-cookie';

/** The languages the API answers messages in: Bahasa Indonesia first, English available. */
export type RequestLanguage = 'id' | 'en';

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
  /** The caller's language (Accept-Language), for messages such as BAD_USER_INPUT issues. */
  lang?: RequestLanguage;
  /** HTTP only: the refresh-token cookie of cookie sessions. */
  sessionCookie?: SessionCookie;
}
