/**
 * The refresh-token cookie of one HTTP request, for clients that ask for cookie sessions (the web
 * app): the refresh token travels only in an httpOnly cookie the page's scripts cannot read.
 * Absent on graphql-ws operations (a socket cannot set cookies).
 */
export interface SessionCookie {
  /** The request opted into cookie sessions (the web app's header). */
  readonly requested: boolean;
  /** The refresh token the request's cookie carries, if any. */
  readonly refreshToken: string | null;
  /** Sends the cookie with `refreshToken` on the response. */
  set(refreshToken: string): void;
  /** Tells the browser to drop the cookie. */
  clear(): void;
}
