import { serverAudits } from 'graphql-http';
import { RunningApi, startApi, testConfig } from '@jalin/testing';

/**
 * graphql-http's GraphQL-over-HTTP server audits against the live API, one test per audit.
 *
 * Every request carries `apollo-require-preflight`: CSRF prevention refuses a GET or a
 * simple-content-type POST without it (graphql-limits.int-spec tests that refusal), and a browser
 * client sends it anyway. No MUST fails. The SHOULDs Jalin answers differently on purpose are in
 * ANSWERED_DIFFERENTLY with the reason, and their tests assert what Jalin answers instead.
 */

interface Difference {
  reason: string;
  expect(response: Response): Promise<void>;
}

const APOLLO_400 =
  'Apollo Server answers 400 when a request fails before execution (parse, validation, variable ' +
  'coercion) whatever the Accept; the GraphQL limits refuse in the same phases, and clients read 400 as "your request is wrong".';

const answers400Json = async (response: Response) => {
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
};

export const ANSWERED_DIFFERENTLY: Record<string, Difference> = {
  '572B': { reason: APOLLO_400, expect: answers400Json }, // SHOULD 200 on a parse failure with application/json
  FDE2: { reason: APOLLO_400, expect: answers400Json }, // SHOULD 200 on a validation failure with application/json
  '7B9B': { reason: APOLLO_400, expect: answers400Json }, // SHOULD 200 on a variable coercion failure with application/json
};

const preflightFetch: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('apollo-require-preflight', 'true');
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP: graphql-http server audits', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi(testConfig());
  });
  afterAll(() => api.close());

  const audits = serverAudits({ url: () => api.url, fetchFn: preflightFetch });

  it.each(audits.map((audit) => [`${audit.id} ${audit.name}`, audit] as const))('%s', async (_title, audit) => {
    const result = await audit.fn();
    const difference = ANSWERED_DIFFERENTLY[audit.id];
    if (result.status === 'ok') {
      expect(difference).toBeUndefined(); // keeps the list of differences true
      return;
    }
    expect(result.status).not.toBe('error');
    if (!difference) throw new Error(`${result.status}: ${result.reason}`);
    await difference.expect(result.response);
  });
});
