import { useEffect, useState } from 'preact/hooks';
import { ApiError, request } from './graphql';
import { AuthPayload, LOGOUT, REFRESH, SessionUser } from './session-queries';
import { forgetUser, lastUser, rememberUser } from './offline-cache';

/** Refresh this long before the access token expires (at most a quarter of its lifetime). */
const REFRESH_MARGIN_MS = 60_000;
/** When the token cannot be read: the API's default lifetime is 15 minutes. */
const DEFAULT_REFRESH_MS = 14 * 60_000;

function refreshDelayMs(token: string): number {
  try {
    const { exp, iat } = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    if (typeof exp !== 'number') return DEFAULT_REFRESH_MS;
    const lifetimeMs = typeof iat === 'number' ? (exp - iat) * 1000 : DEFAULT_REFRESH_MS;
    return Math.max(1_000, exp * 1000 - Date.now() - Math.min(REFRESH_MARGIN_MS, lifetimeMs / 4));
  } catch {
    return DEFAULT_REFRESH_MS;
  }
}

/**
 * `offline`: signed in as far as this device knows (the last user), but the API cannot be reached;
 * screens show what they saved (lib/offline-cache.ts) until the connection is back.
 */
export type SessionState =
  | { status: 'resuming' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: SessionUser; offline?: boolean };

type Listener = (state: SessionState) => void;

/**
 * The signed-in session. The access token lives in this object only (memory); the refresh token
 * is an httpOnly cookie the page cannot read, so resuming after a reload is a refreshSession
 * without argument. Refreshes shortly before the access token expires and once on UNAUTHENTICATED;
 * concurrent refreshes share one request (the API's refresh token works once).
 */
class Session {
  private accessToken: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<void> | null = null;
  /** How many sessions this page has taken (sign-in, refresh): tells a stale refresh's refusal apart. */
  private accepted = 0;
  private listeners = new Set<Listener>();
  state: SessionState = { status: 'resuming' };
  /** Set by the language switch so the API answers messages in the user's language. */
  lang = 'id';

  get token(): string | null {
    return this.accessToken;
  }

  get user(): SessionUser | null {
    return this.state.status === 'signed-in' ? this.state.user : null;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /**
   * On page load: a session from the cookie, or signed out. Without a network the last user of
   * this device stays signed in offline, and the session resumes when the connection returns.
   */
  async resume(): Promise<void> {
    try {
      await this.refresh();
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'NETWORK') return;
      const user = lastUser<SessionUser>();
      this.setState(user ? { status: 'signed-in', user, offline: true } : { status: 'signed-out' });
      window.addEventListener('online', () => void this.resume(), { once: true });
    }
  }

  /** Takes the AuthPayload of login, register, changePassword or resetPassword. */
  accept(payload: AuthPayload): void {
    this.accepted += 1;
    this.accessToken = payload.accessToken;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh().catch(() => undefined), refreshDelayMs(payload.accessToken));
    rememberUser(payload.user);
    this.setState({ status: 'signed-in', user: payload.user });
  }

  /** Keeps the shown user current after a change (name, locale) without a new token. */
  updateUser(user: SessionUser): void {
    if (this.state.status === 'signed-in') this.setState({ status: 'signed-in', user });
  }

  async logout(): Promise<void> {
    forgetUser();
    this.clear();
    await request(LOGOUT, {}, { lang: this.lang }).catch(() => undefined);
  }

  /** An authenticated GraphQL call; on UNAUTHENTICATED refreshes silently once and tries again. */
  call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.withToken((token) => request<T>(query, variables, { token, lang: this.lang }));
  }

  /** Runs `run` with the access token (exports, downloads); refreshes once when it answers UNAUTHENTICATED. */
  async withToken<T>(run: (token: string) => Promise<T>): Promise<T> {
    if (!this.accessToken) await this.refresh();
    try {
      return await run(this.accessToken!);
    } catch (error) {
      if ((error as { code?: string }).code !== 'UNAUTHENTICATED') throw error;
      await this.refresh();
      return run(this.accessToken!);
    }
  }

  /** A call that needs no session (sign-in, sign-up, password reset). */
  anonymous<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return request<T>(query, variables, { lang: this.lang });
  }

  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async doRefresh(): Promise<void> {
    const acceptedBefore = this.accepted;
    try {
      const { refreshSession } = await request<{ refreshSession: AuthPayload }>(REFRESH, {}, { lang: this.lang });
      this.accept(refreshSession);
    } catch (error) {
      // A sign-in that succeeded while this refresh was under way (the sign-in screen shows before
      // the page's first refresh answers) is not undone by the refresh's refusal.
      if ((!(error instanceof ApiError) || error.code !== 'NETWORK') && this.accepted === acceptedBefore) this.clear();
      throw error;
    }
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.accessToken = null;
    this.setState({ status: 'signed-out' });
  }

  private setState(state: SessionState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener(state));
  }
}

export const session = new Session();

export function useSession(): SessionState {
  const [state, setState] = useState(session.state);
  useEffect(() => {
    setState(session.state);
    return session.subscribe(setState);
  }, []);
  return state;
}
