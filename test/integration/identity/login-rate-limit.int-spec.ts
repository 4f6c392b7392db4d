import { GraphqlClient, LOGIN, registerAccount, RunningApi, startApi, testConfig } from '@jalin/testing';

describe('login rate limit: more than 10 failures a minute answer RATE_LIMITED', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(testConfig({ LOGIN_RATE_LIMIT_PER_MINUTE: '10' }));
  });
  afterAll(() => api.close());

  it('limits one e-mail across many clients', async () => {
    const account = await registerAccount(new GraphqlClient(api.url));
    const codes: (string | null)[] = [];
    for (let i = 0; i < 11; i++) {
      codes.push(await new GraphqlClient(api.url).code(LOGIN, { email: account.email, password: 'wrong password' }));
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes[10]).toBe('RATE_LIMITED');
    // Even the right password is refused while the account is limited.
    expect(await new GraphqlClient(api.url).code(LOGIN, { email: account.email, password: account.password })).toBe('RATE_LIMITED');
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
