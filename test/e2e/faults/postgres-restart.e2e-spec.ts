import { AppProcess, freePort } from '../../support/app-process';
import { registerAccount } from '../../support/builders';
import { GraphqlClient } from '../../support/graphql-client';
import { PrivatePostgres } from '../../support/private-postgres';
import { sleep, waitFor } from '../../support/wait-for';

jest.setTimeout(120000);

const ME = `query { me { id email } }`;
const LOGIN = `mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const READY_WITHIN_MS = 5000;

/**
 * PostgreSQL restarted under a running API (a private cluster the API points at): meanwhile every
 * GraphQL call answers SERVICE_UNAVAILABLE with a safe message (no driver text, no SQL) and
 * /health/ready answers 503; once PostgreSQL accepts connections again the API is ready and answers
 * queries within 5 s.
 */
describe('PostgreSQL restarted under the API', () => {
  let pg: PrivatePostgres;
  let api: AppProcess;
  let base: string;
  let anonymous: GraphqlClient;

  beforeAll(async () => {
    pg = await PrivatePostgres.start();
    const databaseUrl = await pg.migratedDatabase('jalin_fault');
    const port = await freePort();
    api = new AppProcess('apps/api/src/main.ts', {
      ...process.env, DATABASE_URL: databaseUrl, QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}:pg_restart`, PORT: String(port), LOG_LEVEL: 'silent',
    });
    await api.waitForOutput(/Jalin API listening/);
    base = `http://127.0.0.1:${port}`;
    anonymous = new GraphqlClient(`${base}/graphql`);
  });

  afterAll(async () => {
    await api?.kill();
    await pg?.destroy();
  });

  const ready = async () => {
    const response = await fetch(`${base}/health/ready`);
    return { status: response.status, body: (await response.json()) as any };
  };

  it('answers SERVICE_UNAVAILABLE and 503 while PostgreSQL is down, and is ready again within 5 s of its return', async () => {
    const buyer = await registerAccount(anonymous);
    expect((await buyer.client.ok(ME)).me.id).toBe(buyer.userId);
    expect((await ready()).status).toBe(200);

    await pg.stop();
    try {
      // The pool's connections were cut by the shutdown; new ones are refused: both are seen.
      for (let i = 0; i < 3; i++) {
        for (const result of [await buyer.client.request(ME), await anonymous.request(LOGIN, { email: buyer.email, password: buyer.password })]) {
          expect(result.data).toBeNull();
          expect(result.errors).toHaveLength(1);
          expect(result.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
          expect(result.errors![0].message).toBe('The service is temporarily unavailable; retry shortly');
        }
        const probe = await ready();
        expect(probe.status).toBe(503);
        expect(probe.body).toMatchObject({ status: 'error', error: { postgres: { status: 'down' } } });
        await sleep(500);
      }
    } finally {
      await pg.start();
    }
    const backAt = Date.now();
    await waitFor('readiness after PostgreSQL is back', ready, (r) => r.status === 200, { timeoutMs: READY_WITHIN_MS, intervalMs: 50 });
    const me = await waitFor('a query answered after PostgreSQL is back', () => buyer.client.request(ME), (r) => !r.errors, { timeoutMs: READY_WITHIN_MS, intervalMs: 50 });
    const tookMs = Date.now() - backAt;
    expect(me.data!.me.id).toBe(buyer.userId);
    expect(tookMs).toBeLessThan(READY_WITHIN_MS);
    expect((await anonymous.request(LOGIN, { email: buyer.email, password: buyer.password })).errors).toBeUndefined();
  });
});
