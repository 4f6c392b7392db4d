import { Agent } from 'node:http';
import { registerInput } from '@jalin/testing';
import { AppProcess, freePort } from '../../support/app-process';
import { connectOnce, postJson } from './http-call';

jest.setTimeout(60000);

const REGISTER = `mutation R($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`;
const clientIp = (i: number) => `10.77.${Math.floor(Math.random() * 250)}.${i + 1}`;
const register = (port: number, agent: Agent, i: number, holdBack = false) =>
  postJson(port, '/graphql', { query: REGISTER, variables: { input: registerInput() } }, { agent, holdBack, headers: { 'x-forwarded-for': clientIp(i) } });

describe('API on SIGTERM: finishes what it started, takes nothing new, exits 0', () => {
  let api: AppProcess;
  let port: number;
  let agent: Agent;

  beforeAll(async () => {
    port = await freePort();
    api = new AppProcess('apps/api/src/main.ts', { ...process.env, PORT: String(port), LOG_LEVEL: 'silent' });
    await api.waitForOutput(/Jalin API listening/);
    // Real clients keep connections open between requests.
    agent = new Agent({ keepAlive: true });
  });

  afterAll(async () => {
    agent?.destroy();
    await api?.kill();
  });

  it('answers every in-flight request with 200, refuses new connections, closes kept-alive ones and exits 0', async () => {
    // Warm-up on the kept-alive agent: its connection is reused below, as real clients do.
    const warm = await register(port, agent, 0).response;
    expect(warm.status).toBe(200);

    // Thirteen registrations from clients on a slow network: headers and half the body are at the
    // server when SIGTERM arrives, the rest comes after. Each then hashes a password with Argon2
    // (tens of ms of real work), all of it during the shutdown.
    const inFlight = Array.from({ length: 13 }, (_, i) => register(port, agent, i + 1, true));
    await Promise.all(inFlight.map((r) => r.sent));
    // Time for the server to read the headers (a request still in the kernel's accept queue at
    // SIGTERM is legitimately refused, and would make this test flaky).
    await new Promise((resolve) => setTimeout(resolve, 500));

    api.signal('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Draining: the process waits for its requests, and takes no new connection.
    expect(api.running).toBe(true);
    await expect(connectOnce(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    for (const request of inFlight) request.finish();
    const answers = await Promise.all(inFlight.map((r) => r.response));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(typeof answer.body.data.register.accessToken).toBe('string');
      // Clients are told not to reuse the connection.
      expect(answer.headers.connection).toBe('close');
    }

    const answeredAt = Date.now();
    const exit = await api.waitForExit(15000);
    expect(exit).toEqual({ code: 0, signal: null });
    // Kept-alive connections do not hold the exit back (Node's keep-alive timeout is 5 s).
    expect(Date.now() - answeredAt).toBeLessThan(3000);
    await expect(connectOnce(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(api.stderr).toBe('');
  });
});

describe('API on SIGTERM: a request that never finishes does not hold the exit past SHUTDOWN_TIMEOUT_MS', () => {
  let api: AppProcess;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    api = new AppProcess('apps/api/src/main.ts', { ...process.env, PORT: String(port), LOG_LEVEL: 'silent', SHUTDOWN_TIMEOUT_MS: '1500' });
    await api.waitForOutput(/Jalin API listening/);
  });

  afterAll(() => api?.kill());

  it('cuts the stalled client after the grace period and exits 0', async () => {
    const stalled = register(port, new Agent({ keepAlive: true }), 0, true);
    const outcome = stalled.response.then((r) => `answered ${r.status}`, (error: Error) => error.message);
    await stalled.sent;
    await new Promise((resolve) => setTimeout(resolve, 300));

    const signalledAt = Date.now();
    api.signal('SIGTERM');
    const exit = await api.waitForExit(15000);
    const took = Date.now() - signalledAt;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(6000);
    expect(await outcome).toMatch(/socket hang up|ECONNRESET/);
  });
});
