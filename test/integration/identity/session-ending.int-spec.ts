import { Redis } from 'ioredis';
import { GraphqlClient, login, registerAccount, RegisteredAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { TcpProxy } from '../../support/tcp-proxy';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(60000);

const ME = `{ me { id } }`;
const REFRESH = `mutation R($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const LOGOUT = `mutation L($t: String!) { logout(refreshToken: $t) }`;
const LOGOUT_EVERYWHERE = `mutation { logoutEverywhere }`;
const CHANGE_PASSWORD = `mutation C($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) { accessToken refreshToken user { id } }
}`;
/** "Stops working" means within 2 s on every replica. */
const WITHIN_MS = 2000;

/**
 * Ending sessions, seen from two API replicas on one database and one Redis: logout ends that
 * session's access tokens, logoutEverywhere, changePassword and refresh-token reuse end earlier
 * access tokens of every session, everywhere within 2 s; a session ends after
 * REFRESH_TOKEN_MAX_DAYS whatever its refreshes.
 */
describe('sessions a user can end', () => {
  let run: ScratchRun;
  let one: RunningApi;
  let two: RunningApi;
  let anonymous: GraphqlClient;
  let redis: Redis;

  beforeAll(async () => {
    run = await startScratchRun('session_ending');
    const config = testConfig({ ...run.env, REFRESH_TOKEN_MAX_DAYS: '90' });
    [one, two] = await Promise.all([startApi(config), startApi(config)]);
    anonymous = new GraphqlClient(one.url);
    redis = new Redis(process.env.REDIS_URL!);
  });
  afterAll(async () => {
    redis?.disconnect();
    await two?.close();
    await one?.close();
    await run?.drop();
  });

  /** The same caller on each replica. */
  const onBoth = (token: string) => [new GraphqlClient(one.url, token), new GraphqlClient(two.url, token)];

  /** A token works on both replicas now (each replica has it cached as valid). */
  const expectWorking = async (token: string) => {
    for (const client of onBoth(token)) expect(await client.code(ME)).toBeNull();
  };

  /** Every replica refuses the token within 2 s of `since`. */
  const expectEndedWithin2s = async (token: string, since: number) => {
    for (const client of onBoth(token)) {
      await waitFor('the access token to be refused', () => client.code(ME), (code) => code === 'UNAUTHENTICATED', { timeoutMs: WITHIN_MS, intervalMs: 50 });
    }
    expect(Date.now() - since).toBeLessThanOrEqual(WITHIN_MS + 300);
  };

  const twoSessions = async (): Promise<{ account: RegisteredAccount; other: { accessToken: string; refreshToken: string } }> => {
    const account = await registerAccount(anonymous);
    const other = await login(new GraphqlClient(two.url), account.email, account.password);
    await expectWorking(account.accessToken);
    await expectWorking(other.accessToken);
    return { account, other };
  };

  /** The user's Redis copy of what has ended (a flush or expiry removes it). */
  const redisCopy = (userId: string) => `${run.env.QUEUE_PREFIX}:session-revocations:${userId}`;

  it('logout ends that session and its access tokens on both replicas, and only that session', async () => {
    const { account, other } = await twoSessions();

    expect((await anonymous.ok(LOGOUT, { t: account.refreshToken })).logout).toBe(true);
    const at = Date.now();

    await expectEndedWithin2s(account.accessToken, at);
    await expectWorking(other.accessToken);
    expect(await anonymous.code(REFRESH, { t: account.refreshToken })).toBe('UNAUTHENTICATED');
    const renewed = (await anonymous.ok(REFRESH, { t: other.refreshToken })).refreshSession;
    await expectWorking(renewed.accessToken);
  });

  it('keeps a logged-out session ended when Redis loses its copy (re-filled from PostgreSQL)', async () => {
    const { account, other } = await twoSessions();
    await anonymous.ok(LOGOUT, { t: account.refreshToken });
    await expectEndedWithin2s(account.accessToken, Date.now());

    expect(await redis.del(redisCopy(account.userId))).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the in-process cache

    for (const client of onBoth(account.accessToken)) expect(await client.code(ME)).toBe('UNAUTHENTICATED');
    await expectWorking(other.accessToken);
    expect(await redis.exists(redisCopy(account.userId))).toBe(1);
  });

  it('logoutEverywhere ends every session and access token of the caller on both replicas', async () => {
    const { account, other } = await twoSessions();
    const stranger = await registerAccount(anonymous);

    expect((await account.client.ok(LOGOUT_EVERYWHERE)).logoutEverywhere).toBe(true);
    const at = Date.now();

    await expectEndedWithin2s(account.accessToken, at);
    await expectEndedWithin2s(other.accessToken, at);
    expect(await anonymous.code(REFRESH, { t: account.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await anonymous.code(REFRESH, { t: other.refreshToken })).toBe('UNAUTHENTICATED');
    // Somebody else's session is untouched; the user signs in again and works on both replicas.
    await expectWorking(stranger.accessToken);
    await expectWorking((await login(anonymous, account.email, account.password)).accessToken);
  });

  it('changePassword opens a new session and ends every other one and every earlier access token', async () => {
    const { account, other } = await twoSessions();
    const newPassword = 'a brand new passphrase';

    const changed = (await account.client.ok(CHANGE_PASSWORD, { current: account.password, next: newPassword })).changePassword;
    const at = Date.now();

    expect(changed.user.id).toBe(account.userId);
    await expectEndedWithin2s(account.accessToken, at);
    await expectEndedWithin2s(other.accessToken, at);
    expect(await anonymous.code(REFRESH, { t: account.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await anonymous.code(REFRESH, { t: other.refreshToken })).toBe('UNAUTHENTICATED');
    await expectWorking(changed.accessToken);
    expect(await anonymous.code(REFRESH, { t: changed.refreshToken })).toBeNull();
    expect(await anonymous.code(`mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: account.email, p: account.password }))
      .toBe('UNAUTHENTICATED');
    await expectWorking((await login(anonymous, account.email, newPassword)).accessToken);
  });

  it('changePassword refuses a wrong current password and a new one the register policy refuses, changing nothing', async () => {
    const account = await registerAccount(anonymous);
    const wrong = await account.client.request(CHANGE_PASSWORD, { current: 'not my password', next: 'a brand new passphrase' });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'currentPassword', code: 'WRONG_PASSWORD', message: 'salah' }] });
    const short = await account.client.request(CHANGE_PASSWORD, { current: account.password, next: 'short' });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'newPassword', code: 'TOO_SHORT', message: 'minimal 10 karakter' }] });
    expect(await anonymous.code(CHANGE_PASSWORD, { current: account.password, next: 'a brand new passphrase' })).toBe('UNAUTHENTICATED');
    await expectWorking(account.accessToken);
    await login(anonymous, account.email, account.password);
  });

  it('refresh-token reuse ends the access tokens of the user, on both replicas', async () => {
    const { account, other } = await twoSessions();
    const rotated = (await anonymous.ok(REFRESH, { t: account.refreshToken })).refreshSession;
    await expectWorking(rotated.accessToken);

    expect(await anonymous.code(REFRESH, { t: account.refreshToken })).toBe('UNAUTHENTICATED');
    const at = Date.now();

    await expectEndedWithin2s(rotated.accessToken, at);
    await expectEndedWithin2s(other.accessToken, at);
    // The other session's refresh token was not stolen: it still renews, with a token that works.
    const renewed = (await anonymous.ok(REFRESH, { t: other.refreshToken })).refreshSession;
    await expectWorking(renewed.accessToken);
  });

  it('lets no refresh racing a logoutEverywhere outlive it, and answers concurrent reuses calmly', async () => {
    const account = await registerAccount(anonymous);
    const sessions = await Promise.all(Array.from({ length: 6 }, () => login(anonymous, account.email, account.password)));
    const [refreshes] = await Promise.all([
      Promise.all(sessions.map((s, i) => new GraphqlClient(i % 2 ? one.url : two.url).request(REFRESH, { t: s.refreshToken }))),
      account.client.ok(LOGOUT_EVERYWHERE),
    ]);
    for (const result of refreshes) {
      if (result.errors) expect(result.errors[0].extensions?.code).toBe('UNAUTHENTICATED');
      else expect(await anonymous.code(REFRESH, { t: result.data!.refreshSession.refreshToken })).toBe('UNAUTHENTICATED');
    }

    // A rotated token presented twice at once (thief and owner): both refused, neither a 500.
    const again = await login(anonymous, account.email, account.password);
    await anonymous.ok(REFRESH, { t: again.refreshToken });
    const reuses = await Promise.all([one.url, two.url, one.url].map((url) => new GraphqlClient(url).request(REFRESH, { t: again.refreshToken })));
    expect(reuses.map((r) => r.errors?.[0].extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });

  it('keeps an ended session ended when Redis loses its copy of the version (re-read from PostgreSQL)', async () => {
    const account = await registerAccount(anonymous);
    await account.client.ok(LOGOUT_EVERYWHERE);
    await expectEndedWithin2s(account.accessToken, Date.now());
    const fresh = (await login(anonymous, account.email, account.password)).accessToken;

    // What a Redis flush does to this user's key (the whole Redis is shared by parallel test files).
    expect(await redis.del(redisCopy(account.userId))).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the in-process cache

    for (const client of onBoth(account.accessToken)) expect(await client.code(ME)).toBe('UNAUTHENTICATED');
    await expectWorking(fresh);
    expect(await redis.hget(redisCopy(account.userId), 'v')).toBe('1');
  });

  it('ends a session REFRESH_TOKEN_MAX_DAYS after its sign-in, however often it was refreshed', async () => {
    const account = await registerAccount(anonymous);
    const startedDaysAgo = (days: number) =>
      run.sql.query(`UPDATE refresh_token SET family_started_at = now() - make_interval(days => $2) WHERE user_id = $1`, [account.userId, days]);

    // 89 days in, it still refreshes, and the new token keeps the family's sign-in time.
    await startedDaysAgo(89);
    const renewed = (await anonymous.ok(REFRESH, { t: account.refreshToken })).refreshSession;
    const { rows } = await run.sql.query(`SELECT DISTINCT date_trunc('second', family_started_at) AS started FROM refresh_token WHERE user_id = $1`, [account.userId]);
    expect(rows).toHaveLength(1);

    // Past 90 days: refused, although the token itself has not expired; signing in again works.
    await startedDaysAgo(91);
    const refused = await anonymous.request(REFRESH, { t: renewed.refreshToken });
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const { rows: [token] } = await run.sql.query(`SELECT expires_at > now() AS alive FROM refresh_token WHERE user_id = $1 AND used_at IS NULL`, [account.userId]);
    expect(token.alive).toBe(true);
    const again = await login(anonymous, account.email, account.password);
    expect(await anonymous.code(REFRESH, { t: again.refreshToken })).toBeNull();
  });

  it('checks PostgreSQL when Redis is cut: ended sessions stay ended, live ones keep working, a new end is seen', async () => {
    const proxy = await TcpProxy.start(process.env.REDIS_URL!);
    const cutOff = await startApi(testConfig({ ...run.env, REDIS_URL: proxy.url() }));
    try {
      const account = await registerAccount(anonymous);
      await account.client.ok(LOGOUT_EVERYWHERE);
      const [live, kept] = await Promise.all([1, 2].map(() => login(anonymous, account.email, account.password)));
      const onCutOff = (token: string) => new GraphqlClient(cutOff.url, token);
      expect(await onCutOff(live.accessToken).code(ME)).toBeNull();

      proxy.cut();
      await new Promise((resolve) => setTimeout(resolve, 1100)); // past the in-process cache
      expect(await onCutOff(account.accessToken).code(ME)).toBe('UNAUTHENTICATED');
      expect(await onCutOff(live.accessToken).code(ME)).toBeNull();

      // Ended through the other replica (its Redis is fine): the cut-off replica sees it from PostgreSQL,
      // one session by a logout, then every session.
      const refusedWithin2s = async (token: string) => {
        const at = Date.now();
        await waitFor('the cut-off replica to refuse the token', () => onCutOff(token).code(ME), (code) => code === 'UNAUTHENTICATED', { timeoutMs: WITHIN_MS, intervalMs: 50 });
        expect(Date.now() - at).toBeLessThanOrEqual(WITHIN_MS + 300);
      };
      await new GraphqlClient(one.url).ok(LOGOUT, { t: live.refreshToken });
      await refusedWithin2s(live.accessToken);
      expect(await onCutOff(kept.accessToken).code(ME)).toBeNull();
      await new GraphqlClient(one.url, kept.accessToken).ok(LOGOUT_EVERYWHERE);
      await refusedWithin2s(kept.accessToken);
    } finally {
      proxy.restore();
      await cutOff.close();
      await proxy.close();
    }
  });
});
