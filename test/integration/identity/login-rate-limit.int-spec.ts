import { GraphqlClient, LOGIN, registerAccount, RunningApi, startApi, testConfig } from '@jalin/testing';

/**
 * The login policy (README, Rate limits): failures are refused per client and per (client, e-mail)
 * pair; per e-mail they only slow every login of that e-mail down, so nobody can lock an owner out.
 */
describe('login rate limit: more than 10 failures a minute from one client answer RATE_LIMITED', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(testConfig({ LOGIN_RATE_LIMIT_PER_MINUTE: '10', LOGIN_EMAIL_FREE_FAILURES: '5', LOGIN_EMAIL_MAX_DELAY_MS: '600' }));
  });
  afterAll(() => api.close());

  it('refuses one client guessing one e-mail after 10 failures, even with the right password', async () => {
    const account = await registerAccount(new GraphqlClient(api.url));
    const attacker = new GraphqlClient(api.url);
    const codes: (string | null)[] = [];
    for (let i = 0; i < 11; i++) codes.push(await attacker.code(LOGIN, { email: account.email, password: 'wrong password' }));
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes[10]).toBe('RATE_LIMITED');
    expect(await attacker.code(LOGIN, { email: account.email, password: account.password })).toBe('RATE_LIMITED');
  });

  it('slows guessing of one e-mail from many clients, but cannot lock its owner out', async () => {
    const account = await registerAccount(new GraphqlClient(api.url));
    // An attacker with a fresh address per guess spends far more than any per-e-mail limit would allow.
    const timed: { code: string | null; ms: number }[] = [];
    for (let i = 0; i < 10; i++) {
      const started = Date.now();
      const code = await new GraphqlClient(api.url).code(LOGIN, { email: account.email, password: `wrong password ${i}` });
      timed.push({ code, ms: Date.now() - started });
    }
    expect(timed.map((t) => t.code)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    // After 5 free failures each login of this e-mail waits 250 ms, doubling, capped at 600 (the
    // schedule itself is login-delay.spec's). Only the floor is asserted here: a busy machine makes
    // any login slow, but it can never make a delayed one fast.
    expect(Math.min(...timed.slice(7).map((t) => t.ms))).toBeGreaterThanOrEqual(600);
    // The owner, from a client never seen, with the right password: in (after the same wait).
    expect(await new GraphqlClient(api.url).code(LOGIN, { email: account.email, password: account.password })).toBeNull();
  });

  it('limits one client across many e-mails', async () => {
    const client = new GraphqlClient(api.url);
    const codes: (string | null)[] = [];
    for (let i = 0; i < 11; i++) {
      codes.push(await client.code(LOGIN, { email: `ghost-${i}-${Date.now()}@example.com`, password: 'wrong password' }));
    }
    expect(codes[9]).toBe('UNAUTHENTICATED');
    expect(codes[10]).toBe('RATE_LIMITED');
  });

  it('counts every alias of one request as a login', async () => {
    const account = await registerAccount(new GraphqlClient(api.url));
    const client = new GraphqlClient(api.url);
    const aliases = (n: number) =>
      Array.from({ length: n }, (_, i) => `a${i}: login(email: $email, password: "wrong password ${i}") { accessToken }`).join('\n');
    // Mutations run one alias after the other, and a failed non-null login ends the request: each
    // alias that runs is one counted attempt, and none runs uncounted.
    const burst = await client.request(`mutation M($email: String!) { ${aliases(12)} }`, { email: account.email });
    expect(burst.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    for (let i = 1; i < 10; i++) {
      const pair = await client.request(`mutation M($email: String!) { ${aliases(2)} }`, { email: account.email });
      expect(pair.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    const limited = await client.request(`mutation M($email: String!) { ${aliases(3)} }`, { email: account.email });
    expect(limited.errors?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
  });

  it('does not count successful logins', async () => {
    const account = await registerAccount(new GraphqlClient(api.url));
    for (let i = 0; i < 12; i++) {
      expect(await new GraphqlClient(api.url).code(LOGIN, { email: account.email, password: account.password })).toBeNull();
    }
  });
});
