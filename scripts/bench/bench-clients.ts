import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** One GraphQL POST; throws on any error, so a bench never times failed answers. */
export async function benchGraphql(url: string, token: string | null, query: string, variables: object): Promise<Record<string, any>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Removes a bench run's BullMQ and rate-limit keys (everything under its own prefix). */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The bootstrap ADMIN creates a DINAS officer, who signs in. */
export async function dinasToken(url: string, adminEmail: string, adminPassword: string): Promise<string> {
  const LOGIN = `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;
  const admin = (await benchGraphql(url, null, LOGIN, { e: adminEmail, p: adminPassword })).login.accessToken;
  const email = `bench-dinas-${process.pid}@tegalkab.go.id`;
  const password = randomBytes(12).toString('hex');
  await benchGraphql(url, admin, `mutation S($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`, {
    input: { email, password, name: 'Petugas Dinas Bench', role: 'DINAS' },
  });
  return (await benchGraphql(url, null, LOGIN, { e: email, p: password })).login.accessToken;
}


export async function waitUntil(what: string, probe: () => Promise<unknown>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await probe();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
