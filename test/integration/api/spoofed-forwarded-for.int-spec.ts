import { randomInt } from 'node:crypto';
import { RunningApi, startApi, testConfig } from '@jalin/testing';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';

jest.setTimeout(60000);

const LOGIN = `mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const LIMIT = 3;
const spoofed = () => `${randomInt(1, 224)}.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/**
 * An attacker who writes a fresh X-Forwarded-For entry on each request must not get a fresh
 * login budget: the client address comes from TRUST_PROXY_HOPS trusted hops counted from the
 * right, never from the leftmost entry. Failed logins with a new e-mail each time (so only the
 * per-address limit counts) stop after LOGIN_RATE_LIMIT_PER_MINUTE.
 */
describe('spoofed X-Forwarded-For', () => {
  let run: ScratchRun;
  const apis: RunningApi[] = [];

  beforeAll(async () => {
    run = await startScratchRun('spoofed_forwarded_for');
  });
  afterAll(async () => {
    for (const api of apis) await api.close();
    await run?.drop();
  });

  const start = async (hops: string) => {
    const api = await startApi(testConfig({ ...run.env, QUEUE_PREFIX: `${run.env.QUEUE_PREFIX}:hops${hops}`, TRUST_PROXY_HOPS: hops, LOGIN_RATE_LIMIT_PER_MINUTE: String(LIMIT) }));
    apis.push(api);
    return api;
  };

  /** Failed logins, each with a new e-mail and the given X-Forwarded-For; the error code of each. */
  const failedLogins = async (api: RunningApi, count: number, forwardedFor: () => string) => {
    const codes: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor() },
        body: JSON.stringify({ query: LOGIN, variables: { email: `nobody-${i}-${randomInt(1e9)}@example.co.id`, password: 'wrong password 123' } }),
      });
      codes.push(((await response.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? 'OK');
    }
    return codes;
  };
  const expected = [...Array(LIMIT).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED'];

  it('behind one proxy (TRUST_PROXY_HOPS=1): a new leftmost entry each time does not reset the limit', async () => {
    const api = await start('1');
    const codes = await failedLogins(api, LIMIT + 2, () => `${spoofed()}, ${spoofed()}, 203.0.113.7`);
    expect(codes).toEqual(expected);
    // Another client behind the same proxy still has its own budget.
    expect(await failedLogins(api, 1, () => `${spoofed()}, 203.0.113.8`)).toEqual(['UNAUTHENTICATED']);
  });

  it('with no proxy (TRUST_PROXY_HOPS=0, the default): X-Forwarded-For is ignored', async () => {
    const api = await start('0');
    expect(await failedLogins(api, LIMIT + 2, spoofed)).toEqual(expected);
  });
});
