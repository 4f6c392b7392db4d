import { randomBytes } from 'node:crypto';
import { Lexer, Source, TokenKind } from 'graphql';
import { MAX_PAGE_SIZE } from '@jalin/graphql-core';
import * as PAGE from '../../../apps/web/src/areas/dinas/dashboard/queries';
import { GraphqlClient, registerAccount, RunningApi, startApi, testConfig } from '@jalin/testing';

/**
 * Every GraphQL limit at its boundary (the default settings: depth 10, aliases 15, directives 20,
 * tokens 1000; cost on an API set to 8 so a small query sits exactly on it), the page-size cap of
 * each connection, suggestions, introspection in production, CSRF prevention, batching, the body
 * limit and the security headers.
 */

interface RawAnswer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[] } | null;
  text: string;
}

async function raw(url: string, init: RequestInit = {}): Promise<RawAnswer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: RawAnswer['body'] = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, body, text };
}

const postJson = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  raw(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });

const tokenCount = (document: string) => {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
};

/** `{ ... on Query { ... { __typename } } }`: every inline fragment is one level, __typename the last. */
const queryOfDepth = (depth: number) => `{ ${'... on Query { '.repeat(depth - 1)}__typename${' }'.repeat(depth - 1)} }`;
const queryWithAliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
const queryWithDirectives = (n: number) => `{ __typename ${'__typename @include(if: true) '.repeat(n)}}`;
/**
 * n tokens of repeated fields, spread over three selections: graphql-js stops validating ("Validation
 * aborted.") when one selection repeats a field about 700 times, since it compares them pairwise.
 */
const queryWithTokens = (n: number) => {
  const top = Math.floor((n - 5) / 3);
  const version = Math.floor((n - 5 - top) / 2);
  const nested = n - 5 - top - version;
  return `{ ${'__typename '.repeat(top)}taxonomy { ${'version '.repeat(version)}${'__typename '.repeat(nested)}} }`;
};

function expectRefused(answer: { status: number; body: RawAnswer['body'] }, message: RegExp) {
  expect(answer.status).toBe(400);
  expect(answer.body?.data ?? null).toBeNull();
  expect(answer.body?.errors).toHaveLength(1);
  expect(answer.body!.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(answer.body!.errors![0].message).toMatch(message);
  expect(answer.body!.errors![0].extensions?.stacktrace).toBeUndefined();
}

function expectTypename(answer: RawAnswer) {
  expect(answer.body?.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(answer.body?.data).toMatchObject({ __typename: 'Query' });
}

describe('GraphQL limits', () => {
  let api: RunningApi;
  let costApi: RunningApi;
  let productionApi: RunningApi;

  beforeAll(async () => {
    [api, costApi, productionApi] = await Promise.all([
      startApi(testConfig()),
      startApi(testConfig({ GRAPHQL_MAX_COST: '8' })),
      startApi(testConfig({ NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex') })),
    ]);
  });
  afterAll(async () => {
    await Promise.all([api, costApi, productionApi].map((running) => running?.close()));
  });

  describe('depth (GRAPHQL_MAX_DEPTH=10)', () => {
    it('passes a query of depth 10 and refuses depth 11', async () => {
      expectTypename(await postJson(api.url, { query: queryOfDepth(10) }));
      expectRefused(await postJson(api.url, { query: queryOfDepth(11) }), /Query depth limit of 10 exceeded, found 11/);
    });

    it('counts the depth inside named fragments', async () => {
      const query = `{ ...F1 } fragment F1 on Query { ... on Query { ...F2 } } fragment F2 on Query { ${queryOfDepth(8).slice(2, -2)} }`;
      expectRefused(await postJson(api.url, { query }), /Query depth limit of 10 exceeded/);
    });

    it('does not exempt a fragment named __schema', async () => {
      const query = `{ ...__schema } fragment __schema on Query { ${queryOfDepth(11).slice(2, -2)} }`;
      expectRefused(await postJson(api.url, { query }), /Query depth limit of 10 exceeded/);
    });
  });

  describe('cost (GRAPHQL_MAX_COST, here 8)', () => {
    it('passes a query costing 8 and refuses one costing 9.5', async () => {
      const account = await registerAccount(new GraphqlClient(api.url)); // register itself costs more than 8
      const auth = { authorization: `Bearer ${account.accessToken}` };
      // me: object 2, plus 1.5 per scalar one level down.
      const atLimit = await postJson(costApi.url, { query: '{ me { id email name role } }' }, auth);
      expect(atLimit.body?.errors).toBeUndefined();
      expect(atLimit.body?.data).toMatchObject({ me: { id: account.userId } });
      expectRefused(await postJson(costApi.url, { query: '{ me { id email name role locale } }' }, auth), /Query Cost limit of 8 exceeded, found 9\.5/);
    });

    it('does not exempt an operation named __schema', async () => {
      expectRefused(await postJson(costApi.url, { query: 'query __schema { me { id email name role locale } }' }), /Query Cost limit of 8 exceeded/);
    });
  });

  describe('aliases (GRAPHQL_MAX_ALIASES=15)', () => {
    it('passes 15 aliases and refuses 16', async () => {
      const atLimit = await postJson(api.url, { query: queryWithAliases(15) });
      expect(atLimit.body?.errors).toBeUndefined();
      expect(Object.keys(atLimit.body?.data as object)).toHaveLength(15);
      expectRefused(await postJson(api.url, { query: queryWithAliases(16) }), /Aliases limit of 15 exceeded, found 16/);
    });

    it('counts aliases of __typename and aliases inside a fragment each time it is spread', async () => {
      const fragment = `fragment Eight on Query { ${Array.from({ length: 8 }, (_, i) => `f${i}: __typename`).join(' ')} }`;
      expectRefused(await postJson(api.url, { query: `{ ...Eight ... on Query { ...Eight } } ${fragment}` }), /Aliases limit of 15 exceeded, found 16/);
    });
  });

  describe('directives (GRAPHQL_MAX_DIRECTIVES=20)', () => {
    it('passes 20 directives and refuses 21', async () => {
      expectTypename(await postJson(api.url, { query: queryWithDirectives(20) }));
      expectRefused(await postJson(api.url, { query: queryWithDirectives(21) }), /Directives limit of 20 exceeded, found 21/);
    });
  });

  describe('tokens (GRAPHQL_MAX_TOKENS=1000)', () => {
    it('passes a document of 1000 tokens and refuses 1001', async () => {
      expect(tokenCount(queryWithTokens(1000))).toBe(1000);
      expect(tokenCount(queryWithTokens(1001))).toBe(1001);
      const atLimit = await postJson(api.url, { query: queryWithTokens(1000) });
      expect(atLimit.body?.errors).toBeUndefined();
      expect(atLimit.body?.data).toMatchObject({ __typename: 'Query', taxonomy: { version: expect.anything(), __typename: 'Taxonomy' } });
      expectRefused(await postJson(api.url, { query: queryWithTokens(1001) }), /Document contains more that 1000 tokens/);
    });

    it('answers any other syntax error as 400 BAD_USER_INPUT too', async () => {
      expectRefused(await postJson(api.url, { query: '{ __typename' }), /Syntax Error/);
    });
  });

  describe('the real client queries fit the default limits', () => {
    it('the dashboard page: sign-in, taxonomy, the dashboard query, refresh and sign-out', async () => {
      const email = `admin-${randomBytes(4).toString('hex')}@example.co.id`;
      const adminApi = await startApi(testConfig({ BOOTSTRAP_ADMIN_EMAIL: email, BOOTSTRAP_ADMIN_PASSWORD: 'admin password 123' }));
      try {
        const page = new GraphqlClient(adminApi.url);
        const session = (await page.ok(PAGE.LOGIN, { email, password: 'admin password 123' })).login;
        const signedIn = page.as(session.accessToken);
        await signedIn.ok(PAGE.TAXONOMY);
        const { dashboard } = await signedIn.ok(PAGE.DASHBOARD, { filter: { sector: 'METAL' } });
        expect(dashboard.asOf).toEqual(expect.any(String));
        const refreshed = (await page.ok(PAGE.REFRESH, { refreshToken: session.refreshToken })).refreshSession;
        expect((await page.ok(PAGE.LOGOUT, { refreshToken: refreshed.refreshToken })).logout).toBe(true);
      } finally {
        await adminApi.close();
      }
    });
  });

  describe(`page size (first at most ${MAX_PAGE_SIZE})`, () => {
    const connections: { field: string; role: 'BUYER' | 'IKM'; selection: string }[] = [
      { field: 'capabilityProfiles', role: 'BUYER', selection: 'edges { cursor }' },
      { field: 'deals', role: 'BUYER', selection: 'edges { cursor }' },
      { field: 'myRfqs', role: 'BUYER', selection: 'edges { cursor }' },
      { field: 'myMatches', role: 'IKM', selection: 'edges { cursor }' },
      { field: 'notifications', role: 'BUYER', selection: 'edges { cursor }' },
    ];
    const tokens: Record<string, string> = {};

    beforeAll(async () => {
      for (const role of ['BUYER', 'IKM']) tokens[role] = (await registerAccount(new GraphqlClient(api.url), { role })).accessToken;
    });

    it.each(connections)('$field: first = MAX_PAGE_SIZE passes, one more is BAD_USER_INPUT', async ({ field, role, selection }) => {
      const client = new GraphqlClient(api.url, tokens[role]);
      const query = `query Page($first: Int) { ${field}(first: $first) { ${selection} } }`;
      expect((await client.request(query, { first: MAX_PAGE_SIZE })).errors).toBeUndefined();
      const over = await client.request(query, { first: MAX_PAGE_SIZE + 1 });
      expect(over.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(over.errors?.[0].extensions?.issues?.[0]).toMatchObject({ field: 'first', value: MAX_PAGE_SIZE + 1 });
    });
  });

  describe('field suggestions', () => {
    it.each([
      ['a misspelt field', '{ taxonomi { sectors { sector } } }', /Cannot query field "taxonomi" on type "Query"/],
      ['a misspelt argument', '{ capabilityProfiles(frist: 1) { edges { cursor } } }', /Unknown argument "frist"/],
      ['a misspelt type', 'query Q($f: DashbordFilter) { __typename }', /Unknown type "DashbordFilter"/],
      ['a misspelt enum value', '{ myRfqs(status: OPN) { edges { cursor } } }', /Value "OPN" does not exist in "RfqStatus" enum/],
    ])('never suggests names for %s', async (_name, query, message) => {
      for (const running of [api, productionApi]) {
        const answer = await postJson(running.url, { query });
        expect(answer.status).toBe(400);
        expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(answer.body?.errors?.[0].message).toMatch(message);
        expect(answer.text).not.toMatch(/Did you mean/i);
      }
    });

    it('never suggests names of input fields in variables', async () => {
      const answer = await postJson(api.url, {
        query: 'mutation R($input: RegisterInput!) { register(input: $input) { accessToken } }',
        variables: { input: { emial: 'x@example.com', password: 'p', name: 'n', organizationName: 'o', role: 'BUYER' } },
      });
      expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.text).not.toMatch(/Did you mean/i);
    });
  });

  describe('introspection', () => {
    const introspection = '{ __schema { queryType { name } } }';

    it('is refused with NODE_ENV=production', async () => {
      const answer = await postJson(productionApi.url, { query: introspection });
      expect(answer.status).toBe(400);
      expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.body?.errors?.[0].message).toMatch(/introspection is not allowed/);
      const byType = await postJson(productionApi.url, { query: '{ __type(name: "Query") { name } }' });
      expect(byType.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('answers outside production', async () => {
      const answer = await postJson(api.url, { query: introspection });
      expect(answer.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    });
  });

  describe('CSRF prevention', () => {
    it('refuses a GET without a preflight header', async () => {
      const answer = await raw(`${api.url}?query=${encodeURIComponent('{ __typename }')}`);
      expect(answer.status).toBe(400);
      expect(answer.text).toMatch(/Cross-Site Request Forgery/);
      expect(answer.text).not.toMatch(/__typename/);
    });

    it('answers the same GET with the preflight header', async () => {
      const answer = await raw(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expectTypename(answer);
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'refuses a mutation POSTed as %s',
      async (contentType) => {
        const email = `csrf-${randomBytes(4).toString('hex')}@example.co.id`;
        const mutation = `mutation { register(input: { email: "${email}", password: "correct horse battery", name: "X", organizationName: "CV X", role: BUYER }) { accessToken } }`;
        const answer = await raw(api.url, { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify({ query: mutation }) });
        expect(answer.status).toBe(400);
        expect(answer.text).toMatch(/Cross-Site Request Forgery/);
        // Nothing ran: the e-mail is still free.
        const again = await postJson(api.url, { query: mutation }, { 'x-forwarded-for': '10.9.9.9' });
        expect(again.body?.errors).toBeUndefined();
      },
    );

    it('refuses a mutation over GET even with the preflight header', async () => {
      const answer = await raw(`${api.url}?query=${encodeURIComponent('mutation { logout(refreshToken: "x") }')}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(answer.status).toBe(405);
      expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('HTTP batching', () => {
    it('refuses an array body', async () => {
      const answer = await postJson(api.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
      expect(answer.status).toBe(400);
      expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.body?.errors?.[0].message).toMatch(/batching/i);
      expect(answer.body?.data ?? null).toBeNull();
    });
  });

  describe('body size (100 kB JSON)', () => {
    it('answers 413 over the limit, and takes a body just under it', async () => {
      const padded = (bytes: number) => {
        const base = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
        return JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes - base.length) } });
      };
      const under = padded(100 * 1024);
      expect(Buffer.byteLength(under)).toBe(100 * 1024);
      expectTypename(await raw(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: under }));
      const over = await raw(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: padded(100 * 1024 + 1) });
      expect(over.status).toBe(413);
      expect(over.body).toEqual({ errors: [{ message: expect.stringMatching(/larger than/), extensions: { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' } }] });
    });

    it('answers malformed JSON as a GraphQL error too', async () => {
      const answer = await raw(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT', reason: 'JSON_PARSE_FAILED' } }] });
    });
  });

  describe('security headers', () => {
    const baseOf = (running: RunningApi) => running.url.replace(/\/graphql$/, '');

    function expectHelmet(headers: Headers) {
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(headers.get('x-powered-by')).toBeNull();
    }

    function expectStrictCsp(headers: Headers) {
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
    }

    it('are set on /graphql', async () => {
      for (const running of [api, productionApi]) {
        const answer = await postJson(running.url, { query: '{ __typename }' });
        expectHelmet(answer.headers);
        expectStrictCsp(answer.headers);
      }
    });

    it('are set on /dashboard and its assets, with a CSP the page fits', async () => {
      for (const running of [api, productionApi]) {
        const page = await raw(`${baseOf(running)}/dashboard`);
        expectHelmet(page.headers);
        expectStrictCsp(page.headers);
        if (page.status !== 200) continue; // page not built (503): the headers are still there
        expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
        for (const [, path] of page.text.matchAll(/(?:src|href)="(\/dashboard\/assets\/[^"]+)"/g)) {
          const asset = await raw(`${baseOf(running)}${path}`);
          expect(asset.status).toBe(200);
          expectHelmet(asset.headers);
        }
      }
    });

    it('upgrade insecure requests only in production', async () => {
      expect((await raw(`${baseOf(productionApi)}/dashboard`)).headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
      expect((await raw(`${baseOf(api)}/dashboard`)).headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    });
  });
});
