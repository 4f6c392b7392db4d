import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { newTestRunEnv } from './test-env';

/**
 * One database and one queue prefix per test run, migrated by `npm run db:migrate` itself, in a
 * child process: loading the app's modules here would register their GraphQL metadata outside
 * Jest's module registry. Jest workers inherit process.env from here.
 */
export default async function globalSetup(): Promise<void> {
  const env = newTestRunEnv();
  Object.assign(process.env, env, { NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', TRUST_PROXY_HOPS: '1' });
  await requireNoeviction(process.env.REDIS_URL!);
  const root = join(__dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'run-ts.js'), join(root, 'scripts', 'db-migrate.ts')], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * The api and worker refuse to start on a Redis that evicts keys, so the test Redis is set to
 * noeviction (a legitimate setting of the test service; images and hosts differ in their default).
 * A Redis without CONFIG (managed) is left as it is: the apps then only warn.
 */
async function requireNoeviction(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as string[];
    if (policy !== 'noeviction') await redis.config('SET', 'maxmemory-policy', 'noeviction');
  } catch {
    // unreachable or CONFIG disabled: the tests that need Redis say so themselves
  } finally {
    redis.disconnect();
  }
}
