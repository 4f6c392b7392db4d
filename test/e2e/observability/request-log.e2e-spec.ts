import { registerAccount, GraphqlClient } from '@jalin/testing';
import { AppProcess, freePort } from '../../support/app-process';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(60000);

const ME = `{ me { id email } }`;

/** An API process logging at `level` for the describe block it is called in. */
function apiAt(level: string): () => { api: AppProcess; url: string } {
  let api: AppProcess;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    api = new AppProcess('apps/api/src/main.ts', { ...process.env, PORT: String(port), LOG_LEVEL: level });
    await api.waitForOutput(/Jalin API listening/);
    url = `http://127.0.0.1:${port}/graphql`;
  });
  afterAll(async () => {
    api?.signal('SIGTERM');
    await api?.waitForExit(15000).catch(() => api.kill());
  });
  return () => ({ api, url });
}

/** What an operator reads: one JSON line per request, with the id the caller got back. */
describe('API logs: a JSON line per GraphQL request, carrying the x-request-id of the response', () => {
  const running = apiAt('info');
  let api: AppProcess;
  let url: string;
  beforeAll(() => ({ api, url } = running()));

  const post = (body: object, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  const logLineOf = (requestId: string) =>
    waitFor(
      `a log line for request ${requestId}`,
      async () => api.jsonLines().find((line) => (line.req as { id?: string } | undefined)?.id === requestId),
      (line) => line !== undefined,
      { timeoutMs: 5000 },
    );

  it('gives each request an id, returns it in x-request-id, and logs the request as JSON with it', async () => {
    const response = await post({ query: '{ __typename }' });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    const line = (await logLineOf(requestId!))!;
    expect(line).toMatchObject({
      level: 30,
      app: 'api',
      req: { id: requestId, method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
    });
    expect(typeof line.responseTime).toBe('number');
    // Every stdout line is JSON: nothing that a log shipper would have to guess at.
    const text = api.stdout.trim().split('\n');
    expect(text.length).toBe(api.jsonLines().length);
  });

  it("keeps a caller's sane x-request-id (a load balancer's) and never logs the bearer token", async () => {
    const account = await registerAccount(new GraphqlClient(url));
    const requestId = `lb-${Date.now()}-trace`;
    const response = await post({ query: ME }, { 'x-request-id': requestId, authorization: `Bearer ${account.accessToken}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(requestId);

    const line = (await logLineOf(requestId))!;
    expect(line).toMatchObject({ app: 'api', req: { id: requestId, userAgent: expect.any(String) } });
    // The line names the request, not its headers: no token or cookie can reach the log.
    expect(Object.keys(line.req as object).sort()).toEqual(['id', 'method', 'remoteAddress', 'url', 'userAgent']);
    expect(api.stdout).not.toContain(account.accessToken);
  });

  it('replaces an x-request-id that is not sane (log injection) with its own', async () => {
    const response = await post({ query: '{ __typename }' }, { 'x-request-id': 'evil"}\\n{"level":60' });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await logLineOf(requestId!);
  });
});

describe('API logs above info: no access lines, and still an x-request-id on every response', () => {
  const running = apiAt('warn');
  let api: AppProcess;
  let url: string;
  beforeAll(() => ({ api, url } = running()));

  it('returns a request id a caller can quote, and writes no line for a request that went well', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'lb-warn-level' }, body: '{"query":"{ __typename }"}' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('lb-warn-level');
    const unsane = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'evil"}' }, body: '{"query":"{ __typename }"}' });
    expect(unsane.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(api.jsonLines().filter((line) => line.req !== undefined)).toEqual([]);
  });
});
