import { randomBytes } from 'node:crypto';

/** Names of the database and queue prefix of one test run, so parallel runs never collide. */
export function newTestRunEnv(base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres') {
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const url = new URL(base);
  url.pathname = `/jalin_test_${suffix}`;
  return {
    DATABASE_URL: url.toString(),
    QUEUE_PREFIX: `jalin_test_${suffix}`,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
}
