import { GraphqlClient, login, registerAccount, RunningApi, startApi, testConfig } from '@jalin/testing';

const ME = `{ me { id email role locale organization { id name kind } } }`;
const REFRESH = `mutation R($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { id } } }`;
const LOGOUT = `mutation L($t: String!) { logout(refreshToken: $t) }`;

describe('sessions: register → login → me → refresh → reuse detection → logout', () => {
  let api: RunningApi;
  let anonymous: GraphqlClient;

  beforeAll(async () => {
    api = await startApi(testConfig());
    anonymous = new GraphqlClient(api.url);
  });
  afterAll(() => api.close());

  it('walks a whole session and ends a stolen token family', async () => {
    const account = await registerAccount(anonymous, { role: 'IKM', locale: 'en' });

    const session = await login(anonymous, account.email.toUpperCase(), account.password);
    expect(session.user.role).toBe('IKM');

    const me = await anonymous.as(session.accessToken).ok(ME);
    expect(me.me).toMatchObject({ id: account.userId, email: account.email, role: 'IKM', locale: 'en', organization: { kind: 'IKM' } });

    const rotated = (await anonymous.ok(REFRESH, { t: session.refreshToken })).refreshSession;
    expect(rotated.refreshToken).not.toBe(session.refreshToken);
    expect(await anonymous.as(rotated.accessToken).ok(ME)).toEqual(me);

    // The old token again: refused, and the family it belongs to is revoked with it.
    const reuse = await anonymous.request(REFRESH, { t: session.refreshToken });
    expect(reuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(reuse.errors?.[0].message).toMatch(/already used/);
    expect(await anonymous.code(REFRESH, { t: rotated.refreshToken })).toBe('UNAUTHENTICATED');

    // A fresh login is a new family, untouched by the revocation; logout ends it.
    const second = await login(anonymous, account.email, account.password);
    expect((await anonymous.ok(LOGOUT, { t: second.refreshToken })).logout).toBe(true);
    expect(await anonymous.code(REFRESH, { t: second.refreshToken })).toBe('UNAUTHENTICATED');
    expect((await anonymous.ok(LOGOUT, { t: 'not-a-token' })).logout).toBe(false);
  });

  it('lets only one of two concurrent refreshes of one token win', async () => {
    const account = await registerAccount(anonymous);
    const results = await Promise.all([
      anonymous.request(REFRESH, { t: account.refreshToken }),
      anonymous.request(REFRESH, { t: account.refreshToken }),
    ]);
    expect(results.filter((r) => r.data?.refreshSession).length).toBe(1);
  });

  it('registers in Bahasa Indonesia by default', async () => {
    const account = await registerAccount(anonymous);
    expect((await account.client.ok(ME)).me.locale).toBe('id');
  });
});
