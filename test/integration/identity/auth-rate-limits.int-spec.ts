import { GraphqlClient, login, LOGIN, registerAccount, registerInput, RunningApi, startApi, testConfig } from '@jalin/testing';

/**
 * register and refreshSession limits per client address and per account, each alias counted
 * (login's are in login-rate-limit.int-spec). Mutation aliases run one after the other and a failed
 * one ends the request, so a burst of aliases is shown with aliases that succeed until the limit.
 */

const REGISTER_LIMIT = 3;
const REGISTER_EMAIL_LIMIT = 3;
const REFRESH_LIMIT = 4;
const REFRESH_ACCOUNT_LIMIT = 3;

const REGISTER = `mutation R($input: RegisterInput!) { register(input: $input) { accessToken } }`;
const REFRESH = `mutation R($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }`;

const registerAliases = (n: number) => ({
  query: `mutation R(${Array.from({ length: n }, (_, i) => `$i${i}: RegisterInput!`).join(', ')}) {
    ${Array.from({ length: n }, (_, i) => `a${i}: register(input: $i${i}) { accessToken }`).join('\n')}
  }`,
  inputs: Array.from({ length: n }, () => registerInput()),
});

const refreshAliases = (tokens: string[]) => ({
  query: `mutation R(${tokens.map((_, i) => `$t${i}: String!`).join(', ')}) {
    ${tokens.map((_, i) => `a${i}: refreshSession(refreshToken: $t${i}) { refreshToken }`).join('\n')}
  }`,
  variables: Object.fromEntries(tokens.map((token, i) => [`t${i}`, token])),
});

describe('rate limits of register and refreshSession', () => {
  let api: RunningApi;
  const fresh = () => new GraphqlClient(api.url);

  beforeAll(async () => {
    api = await startApi(testConfig({
      REGISTER_RATE_LIMIT_PER_HOUR: String(REGISTER_LIMIT),
      REGISTER_EMAIL_RATE_LIMIT_PER_HOUR: String(REGISTER_EMAIL_LIMIT),
      REFRESH_RATE_LIMIT_PER_MINUTE: String(REFRESH_LIMIT),
      REFRESH_ACCOUNT_RATE_LIMIT_PER_MINUTE: String(REFRESH_ACCOUNT_LIMIT),
    }));
  });
  afterAll(() => api.close());

  describe('register', () => {
    it(`per client address: ${REGISTER_LIMIT} registrations, then RATE_LIMITED`, async () => {
      const client = fresh();
      for (let i = 0; i < REGISTER_LIMIT; i++) expect(await client.code(REGISTER, { input: registerInput() })).toBeNull();
      expect(await client.code(REGISTER, { input: registerInput() })).toBe('RATE_LIMITED');
      expect(await fresh().code(REGISTER, { input: registerInput() })).toBeNull(); // another client is not touched
    });

    it(`per client address, through aliases: the alias after the ${REGISTER_LIMIT}th is RATE_LIMITED`, async () => {
      const client = fresh();
      const { query, inputs } = registerAliases(REGISTER_LIMIT + 1);
      const burst = await client.request(query, Object.fromEntries(inputs.map((input, i) => [`i${i}`, input])));
      expect(burst.errors?.map((e) => [e.extensions?.code, e.path?.[0]])).toEqual([['RATE_LIMITED', `a${REGISTER_LIMIT}`]]);
      // The aliases before it did register; the refused one did not.
      for (const input of inputs.slice(0, REGISTER_LIMIT)) await login(fresh(), input.email as string, input.password as string);
      expect(await fresh().code(LOGIN, { email: inputs[REGISTER_LIMIT].email, password: inputs[REGISTER_LIMIT].password })).toBe('UNAUTHENTICATED');
      expect(await client.code(REGISTER, { input: registerInput() })).toBe('RATE_LIMITED');
    });

    it(`per e-mail being registered, across clients: ${REGISTER_EMAIL_LIMIT} attempts, then RATE_LIMITED`, async () => {
      const input = registerInput();
      const codes: (string | null)[] = [];
      for (let i = 0; i <= REGISTER_EMAIL_LIMIT; i++) codes.push(await fresh().code(REGISTER, { input: { ...input, organizationName: `CV ${i}` } }));
      expect(codes).toEqual([null, ...Array(REGISTER_EMAIL_LIMIT - 1).fill('CONFLICT'), 'RATE_LIMITED']);
      // The same address in other letter case is the same e-mail.
      expect(await fresh().code(REGISTER, { input: { ...input, email: (input.email as string).toUpperCase() } })).toBe('RATE_LIMITED');
    });

    it('per e-mail, through aliases of one request', async () => {
      const input = registerInput();
      const client = fresh();
      for (let i = 0; i < REGISTER_EMAIL_LIMIT - 1; i++) expect(await fresh().code(REGISTER, { input: registerInput({ email: input.email }) })).toBe(i === 0 ? null : 'CONFLICT');
      // Two aliases for that e-mail: the first takes the last point (CONFLICT ends the request).
      const { query } = registerAliases(2);
      const burst = await client.request(query, { i0: registerInput({ email: input.email }), i1: registerInput({ email: input.email }) });
      expect(burst.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
      expect(await fresh().code(REGISTER, { input: registerInput({ email: input.email }) })).toBe('RATE_LIMITED');
    });
  });

  describe('refreshSession', () => {
    it(`per client address, through aliases: ${REFRESH_LIMIT} refreshes of different accounts, then RATE_LIMITED`, async () => {
      const tokens: string[] = [];
      for (let i = 0; i <= REFRESH_LIMIT; i++) tokens.push((await registerAccount(fresh())).refreshToken);
      const client = fresh();
      const { query, variables } = refreshAliases(tokens);
      const burst = await client.request(query, variables);
      expect(burst.errors?.map((e) => [e.extensions?.code, e.path?.[0]])).toEqual([['RATE_LIMITED', `a${REFRESH_LIMIT}`]]);
      expect(await client.code(REFRESH, { t: 'not-a-token' })).toBe('RATE_LIMITED');
      // The refused token was not consumed: it still works from another client.
      expect(await fresh().code(REFRESH, { t: tokens[REFRESH_LIMIT] })).toBeNull();
    });

    it(`per client address, one request each: ${REFRESH_LIMIT} attempts, then RATE_LIMITED (unknown tokens count too)`, async () => {
      const client = fresh();
      for (let i = 0; i < REFRESH_LIMIT; i++) expect(await client.code(REFRESH, { t: `not-a-token-${i}` })).toBe('UNAUTHENTICATED');
      expect(await client.code(REFRESH, { t: 'not-a-token' })).toBe('RATE_LIMITED');
    });

    it(`per account, across clients: ${REFRESH_ACCOUNT_LIMIT} refreshes, then RATE_LIMITED`, async () => {
      const account = await registerAccount(fresh());
      let token = account.refreshToken;
      for (let i = 0; i < REFRESH_ACCOUNT_LIMIT; i++) token = (await fresh().ok(REFRESH, { t: token })).refreshSession.refreshToken;
      expect(await fresh().code(REFRESH, { t: token })).toBe('RATE_LIMITED');
      // Another session of the same account is limited with it; another account is not.
      const other = await login(fresh(), account.email, account.password);
      expect(await fresh().code(REFRESH, { t: other.refreshToken })).toBe('RATE_LIMITED');
      expect(await fresh().code(REFRESH, { t: (await registerAccount(fresh())).refreshToken })).toBeNull();
    });

    it(`per account, through aliases: the ${REFRESH_ACCOUNT_LIMIT + 1}th session of one account in one request is RATE_LIMITED`, async () => {
      const account = await registerAccount(fresh());
      const sessions = [account.refreshToken];
      for (let i = 0; i < REFRESH_ACCOUNT_LIMIT; i++) sessions.push((await login(fresh(), account.email, account.password)).refreshToken);
      const { query, variables } = refreshAliases(sessions);
      const burst = await fresh().request(query, variables);
      expect(burst.errors?.map((e) => [e.extensions?.code, e.path?.[0]])).toEqual([['RATE_LIMITED', `a${REFRESH_ACCOUNT_LIMIT}`]]);
    });
  });
});
