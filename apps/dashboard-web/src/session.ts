import { ApiError, graphql } from './api';
import { AuthPayload, LOGIN, LOGOUT, REFRESH, SessionUser } from './queries';

const REFRESH_KEY = 'jalin.dashboard.refreshToken';
/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;
/** When the token cannot be read: the API's default lifetime is 15 minutes. */
const DEFAULT_REFRESH_MS = 14 * 60_000;

/** When to refresh an access token: a minute (at most a quarter of its lifetime) before it expires. */
function refreshDelayMs(token: string): number {
  try {
    const { exp, iat } = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    if (typeof exp !== 'number') return DEFAULT_REFRESH_MS;
    const lifetimeMs = typeof iat === 'number' ? (exp - iat) * 1000 : DEFAULT_REFRESH_MS;
    return Math.max(5_000, exp * 1000 - Date.now() - Math.min(REFRESH_MARGIN_MS, lifetimeMs / 4));
  } catch {
    return DEFAULT_REFRESH_MS;
  }
}

/**
 * The signed-in session: the access token only in memory, the refresh token in sessionStorage
 * (so a reload keeps the session, a closed tab ends it). Refreshes before the access token expires
 * and once on UNAUTHENTICATED.
 */
export class Session {
  private accessToken: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<void> | null = null;
  user: SessionUser | null = null;

  constructor(private readonly onChange: (user: SessionUser | null) => void) {}

  get token(): string | null {
    return this.accessToken;
  }

  async login(email: string, password: string): Promise<void> {
    const { login } = await graphql<{ login: AuthPayload }>(LOGIN, { email, password });
    this.accept(login);
  }

  /** Resumes a session of this tab (after a reload); false when there is none or it ended. */
  async resume(): Promise<boolean> {
    if (!sessionStorage.getItem(REFRESH_KEY)) return false;
    try {
      await this.refresh();
      return true;
    } catch {
      return false;
    }
  }

  async logout(): Promise<void> {
    const refreshToken = sessionStorage.getItem(REFRESH_KEY);
    this.clear();
    if (refreshToken) await graphql(LOGOUT, { refreshToken }).catch(() => undefined);
  }

  /** Runs an authenticated call; on UNAUTHENTICATED refreshes once and tries again. */
  async call<T>(run: (token: string) => Promise<T>): Promise<T> {
    if (!this.accessToken) await this.refresh();
    try {
      return await run(this.accessToken!);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') throw error;
      await this.refresh();
      return run(this.accessToken!);
    }
  }

  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async doRefresh(): Promise<void> {
    const refreshToken = sessionStorage.getItem(REFRESH_KEY);
    if (!refreshToken) {
      this.clear();
      throw new ApiError('UNAUTHENTICATED', 'no session');
    }
    try {
      const { refreshSession } = await graphql<{ refreshSession: AuthPayload }>(REFRESH, { refreshToken });
      this.accept(refreshSession);
    } catch (error) {
      if (error instanceof ApiError && error.code !== 'NETWORK') this.clear();
      throw error;
    }
  }

  private accept(payload: AuthPayload): void {
    this.accessToken = payload.accessToken;
    sessionStorage.setItem(REFRESH_KEY, payload.refreshToken);
    this.user = payload.user;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh().catch(() => undefined), refreshDelayMs(payload.accessToken));
    this.onChange(this.user);
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.accessToken = null;
    this.user = null;
    sessionStorage.removeItem(REFRESH_KEY);
    this.onChange(null);
  }
}
