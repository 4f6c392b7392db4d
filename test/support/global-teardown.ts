import { Client } from 'pg';
import { Redis } from 'ioredis';

/** Drops the run's database and its Redis keys, unless KEEP_TEST_DB=1 (to inspect a failure). */
export default async function globalTeardown(): Promise<void> {
  if (process.env.KEEP_TEST_DB === '1') return;
  const url = new URL(process.env.DATABASE_URL!);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const pg = new Client({ connectionString: url.toString() });
  await pg.connect();
  await pg.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => pg.end());
  const redis = new Redis(process.env.REDIS_URL!);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${process.env.QUEUE_PREFIX}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
