import { Pool } from 'pg';
import { Redis } from 'ioredis';
import { loadConfig } from '@jalin/config';
import { dropDatabase, ensureDatabase } from '@jalin/database';
import { createJalinDataSource, runMigrations } from '@jalin/db-schema';

export interface ScratchRun {
  /** Overrides for testConfig(): this run's own database and queue prefix. */
  env: { DATABASE_URL: string; QUEUE_PREFIX: string };
  /** A plain pg pool on the scratch database, for asserting on rows. */
  sql: Pool;
  drop(): Promise<void>;
}

/**
 * A migrated database and queue prefix of its own, for tests that assert on every outbox row or
 * every job of a queue: the run's shared database may get events relayed by workers of test files
 * running in parallel. The prefix lives under the run's prefix, so the global teardown sweeps it too.
 */
export async function startScratchRun(tag: string): Promise<ScratchRun> {
  const base = new URL(process.env.DATABASE_URL!);
  base.pathname = `${base.pathname}_${tag}`;
  const env = { DATABASE_URL: base.toString(), QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}:${tag}` };
  await dropDatabase(env.DATABASE_URL);
  await ensureDatabase(env.DATABASE_URL);
  const dataSource = await createJalinDataSource(loadConfig({ ...process.env, ...env }), 'jalin-test-migrate').initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  const sql = new Pool({ connectionString: env.DATABASE_URL, max: 3 });
  // An idle client whose backend ends (the database dropped, a fault test's restart) emits on the
  // pool; without a listener that is an unhandled error that fails whichever test file is running.
  sql.on('error', () => undefined);
  return {
    env,
    sql,
    async drop() {
      await sql.end();
      await dropDatabase(env.DATABASE_URL);
      await deleteKeys(`${env.QUEUE_PREFIX}:*`);
    },
  };
}

async function deleteKeys(pattern: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL!);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
