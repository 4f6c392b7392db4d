import { GraphqlClient, randomClientIp, registerAccount, RunningApi, startApi, testConfig } from '@jalin/testing';

const USER = 'user { id email }';
const LOGIN = `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken ${USER} } }`;
const REFRESH = `mutation { refreshSession { accessToken refreshToken ${USER} } }`;
const REFRESH_WITH = `mutation R($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const LOGOUT = 'mutation { logout }';
const CHANGE = `mutation C($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken refreshToken ${USER} } }`;
const ME = '{ me { id } }';

interface Answer {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  setCookie: string[];
}

/**
 * The web app's way of calling: the cookie-mode header, and the cookie the browser keeps. A tiny
 * cookie jar: what Set-Cookie last said about jalin_refresh is sent back.
 */
class Browserish {
  cookie: string | null = null;
  readonly ip = randomClientIp();
  constructor(private readonly url: string) {}

  async post(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-jalin-session': 'cookie',
        'x-forwarded-for': this.ip,
        ...(this.cookie ? { cookie: `jalin_refresh=${this.cookie}` } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie();
    for (const line of setCookie) {
      const match = /^jalin_refresh=([^;]*);/.exec(line);
      if (match) this.cookie = /Max-Age=0(;|$)/.test(line) ? null : match[1];
    }
    return { status: response.status, body: (await response.json()) as Answer['body'], setCookie };
  }
}

const refreshCookieOf = (answer: Answer) => answer.setCookie.find((line) => line.startsWith('jalin_refresh='));

describe('cookie sessions: the refresh token only in an httpOnly cookie for the web app', () => {
  let api: RunningApi;
  let anonymous: GraphqlClient;

  beforeAll(async () => {
    api = await startApi(testConfig());
    anonymous = new GraphqlClient(api.url);
  });
  afterAll(() => api.close());

  it('sets an httpOnly, Secure, SameSite=Strict cookie on /graphql and answers an empty refreshToken', async () => {
    const account = await registerAccount(anonymous);
    const browser = new Browserish(api.url);
    const login = await browser.post(LOGIN, { e: account.email, p: account.password });
    expect(login.body.errors).toBeUndefined();
    expect(login.body.data!.login.refreshToken).toBe('');
    expect(login.body.data!.login.accessToken).toMatch(/^ey/);
    const cookie = refreshCookieOf(login)!;
    expect(cookie).toBeDefined();
    const attributes = cookie.split(';').map((part) => part.trim());
    expect(attributes).toEqual(expect.arrayContaining(['Path=/graphql', 'HttpOnly', 'Secure', 'SameSite=Strict', `Max-Age=${30 * 86400}`]));
    expect(browser.cookie).toMatch(/.{20,}/);
  });

  it('refreshes from the cookie alone, rotating it, and refuses the old cookie value afterwards', async () => {
    const account = await registerAccount(anonymous);
    const browser = new Browserish(api.url);
    await browser.post(LOGIN, { e: account.email, p: account.password });
    const first = browser.cookie;

    const refreshed = await browser.post(REFRESH);
    expect(refreshed.body.errors).toBeUndefined();
    expect(refreshed.body.data!.refreshSession).toMatchObject({ refreshToken: '', user: { id: account.userId } });
    expect(browser.cookie).not.toBe(first);
    const me = await browser.post(ME, {}, refreshed.body.data!.refreshSession.accessToken);
    expect(me.body.data).toEqual({ me: { id: account.userId } });

    // The old value again (a copied cookie): refused like a reused body token, and the cookie is dropped.
    const stale = new Browserish(api.url);
    stale.cookie = first;
    const refused = await stale.post(REFRESH);
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(refreshCookieOf(refused)).toMatch(/^jalin_refresh=;.*Max-Age=0/);
  });

  it('answers UNAUTHENTICATED to a refresh with neither argument nor cookie', async () => {
    const answer = await new Browserish(api.url).post(REFRESH);
    expect(answer.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.body.errors?.[0].message).toMatch(/sign in again/);
  });

  it('ends the cookie session on logout without argument and clears the cookie', async () => {
    const account = await registerAccount(anonymous);
    const browser = new Browserish(api.url);
    await browser.post(LOGIN, { e: account.email, p: account.password });
    const token = browser.cookie!;

    const logout = await browser.post(LOGOUT);
    expect(logout.body.data).toEqual({ logout: true });
    expect(refreshCookieOf(logout)).toMatch(/^jalin_refresh=;.*Max-Age=0/);
    expect(browser.cookie).toBeNull();
    // The session itself ended: its token is refused even when presented in the body.
    expect(await anonymous.code(REFRESH_WITH, { t: decodeURIComponent(token) })).toBe('UNAUTHENTICATED');
  });

  it('moves the new session of changePassword into the cookie too', async () => {
    const account = await registerAccount(anonymous);
    const browser = new Browserish(api.url);
    const login = await browser.post(LOGIN, { e: account.email, p: account.password });
    const before = browser.cookie;
    const changed = await browser.post(CHANGE, { c: account.password, n: 'a-new-long-passphrase-9' }, login.body.data!.login.accessToken);
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data!.changePassword.refreshToken).toBe('');
    expect(browser.cookie).not.toBe(before);
    expect((await browser.post(REFRESH)).body.data!.refreshSession.user.id).toBe(account.userId);
  });

  it('keeps the body token for API clients that do not ask for cookies', async () => {
    const account = await registerAccount(anonymous);
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': randomClientIp() },
      body: JSON.stringify({ query: LOGIN, variables: { e: account.email, p: account.password } }),
    });
    expect(response.headers.getSetCookie()).toEqual([]);
    const body = (await response.json()) as { data: { login: { refreshToken: string } } };
    expect(body.data.login.refreshToken.length).toBeGreaterThan(20);
  });
});
