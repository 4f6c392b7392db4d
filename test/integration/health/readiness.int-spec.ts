import { RunningApi, startApi, testConfig } from '@jalin/testing';
import { TcpProxy } from '../../support/tcp-proxy';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(60000);

/** What a load balancer sees: readiness follows Redis, liveness does not. */
describe('health: readiness reports an unreachable Redis, liveness stays up', () => {
  let proxy: TcpProxy;
  let api: RunningApi;
  let base: string;

  beforeAll(async () => {
    proxy = await TcpProxy.start(process.env.REDIS_URL!);
    api = await startApi(testConfig({ REDIS_URL: proxy.url() }));
    base = api.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await api?.close();
    await proxy?.close();
  });

  const get = async (path: string) => {
    const startedAt = Date.now();
    const response = await fetch(`${base}${path}`);
    const text = await response.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // keep the text: it is what the caller got
    }
    return { status: response.status, body, ms: Date.now() - startedAt };
  };

  it('is ready with PostgreSQL and Redis up', async () => {
    const ready = await waitFor('readiness', () => get('/health/ready'), (r) => r.status === 200, { timeoutMs: 10000 });
    expect(ready.body).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('answers 503 naming redis within 2 s while Redis is cut off, and ready again once it is back', async () => {
    proxy.cut();
    try {
      const ready = await get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(2000);
      expect(ready.body).toMatchObject({ status: 'error', error: { redis: { status: 'down' } }, info: { postgres: { status: 'up' } } });

      // Still cut off a moment later (the client is reconnecting now): same answer, as fast.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const again = await get('/health/ready');
      expect([again.status, again.ms < 2000]).toEqual([503, true]);

      const live = await get('/health/live');
      expect(live).toMatchObject({ status: 200, body: { status: 'ok' } });
    } finally {
      proxy.restore();
    }
    const back = await waitFor('readiness after Redis is back', () => get('/health/ready'), (r) => r.status === 200, { timeoutMs: 10000 });
    expect(back.body.info.redis.status).toBe('up');
  });
});
