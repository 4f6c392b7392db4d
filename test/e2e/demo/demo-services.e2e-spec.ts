import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { GraphqlClient, login } from '@jalin/testing';
import { findFreePort, isPortOpen } from '../../../scripts/demo/ports';
import { findOnPath } from '../../../scripts/demo/probes';
import { DemoServices, DemoSetupError, resolveServices } from '../../../scripts/demo/services';
import { DemoProcess } from './demo-process';

jest.setTimeout(180000);

const portOf = (url: string) => Number(new URL(url).port);

async function selectOne(url: string): Promise<number> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0].one;
  } finally {
    await client.end();
  }
}

/**
 * The demo's fallbacks when no PostgreSQL or Redis answers, tested without touching the shared
 * servers: the probes of the "local server" point at a closed port, data lives in a temp dir.
 */
describe('demo services when no local server answers', () => {
  let tempDir: string;
  let dataDir: string;
  let closedPgPort: number;
  let closedRedisPort: number;
  const redisServer = findOnPath('redis-server', process.env.PATH);
  const started: DemoServices[] = [];

  beforeAll(async () => {
    // PostgreSQL runs as the "postgres" user when the tests run as root: it must reach the dir.
    tempDir = mkdtempSync(join(tmpdir(), 'jalin-demo-test-'));
    chmodSync(tempDir, 0o755);
    dataDir = join(tempDir, '.data');
    closedPgPort = await findFreePort();
    closedRedisPort = await findFreePort();
  });

  afterEach(async () => {
    for (const services of started.splice(0)) await services.stop();
  });

  afterAll(() => {
    rmSync(tempDir, { recursive: true, force: true });
  });

  const baseEnv = () => ({
    PATH: process.env.PATH,
    JALIN_DEMO_LOCAL_PG_PORT: String(closedPgPort),
    JALIN_DEMO_LOCAL_REDIS_PORT: String(closedRedisPort),
  });

  it('starts an embedded PostgreSQL under the data dir, which answers SELECT 1, and reuses it on the next start', async () => {
    const first = await resolveServices({ ...baseEnv(), REDIS_URL: process.env.REDIS_URL }, { dataDir });
    started.push(first);
    expect(first.database).toMatchObject({ source: 'embedded', initialised: true });
    expect(first.redis.source).toBe('env');
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    const admin = new URL(first.database.url);
    admin.pathname = '/postgres';
    expect(await selectOne(admin.toString())).toBe(1);

    const port = portOf(first.database.url);
    await first.stop();
    started.length = 0;
    expect(await isPortOpen(port)).toBe(false);
    expect(existsSync(join(dataDir, 'demo.lock'))).toBe(false);

    const second = await resolveServices({ ...baseEnv(), REDIS_URL: process.env.REDIS_URL }, { dataDir });
    started.push(second);
    expect(second.database).toMatchObject({ source: 'embedded', initialised: false });
    const again = new URL(second.database.url);
    again.pathname = '/postgres';
    expect(await selectOne(again.toString())).toBe(1);
  });

  it(`falls back to ${redisServer ? 'a redis-server it starts under the data dir' : 'a message naming both ways to get Redis (no redis-server on this PATH)'}`, async () => {
    const env = { ...baseEnv(), DATABASE_URL: process.env.DATABASE_URL };
    if (!redisServer) {
      await expect(resolveServices(env, { dataDir })).rejects.toThrow(/docker run -d [^\n]*redis:7 redis-server --maxmemory-policy noeviction[\s\S]*apt install redis-server/);
      return;
    }
    const services = await resolveServices(env, { dataDir });
    started.push(services);
    expect(services.database.source).toBe('env');
    expect(services.redis.source).toBe('embedded');
    const redis = new Redis(services.redis.url, { maxRetriesPerRequest: 1 });
    try {
      expect(await redis.ping()).toBe('PONG');
      // BullMQ loses jobs when Redis evicts keys.
      expect(await redis.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      expect(await redis.config('GET', 'dir')).toEqual(['dir', join(dataDir, 'redis')]);
    } finally {
      redis.disconnect();
    }
    const port = portOf(services.redis.url);
    await services.stop();
    started.length = 0;
    expect(await isPortOpen(port)).toBe(false);
  });

  it('stops with a message naming docker and the OS package when Redis is nowhere', async () => {
    const emptyBin = join(tempDir, 'empty-bin');
    mkdirSync(emptyBin, { recursive: true });
    const attempt = resolveServices({ ...baseEnv(), PATH: emptyBin, DATABASE_URL: process.env.DATABASE_URL }, { dataDir });
    await expect(attempt).rejects.toBeInstanceOf(DemoSetupError);
    const message = await attempt.catch((e: Error) => e.message);
    expect(message).toContain('docker run -d --name jalin-redis -p 127.0.0.1:6379:6379 redis:7 redis-server --maxmemory-policy noeviction');
    expect(message).toMatch(/apt install redis-server/);
    expect(message).toContain(`127.0.0.1:${closedRedisPort}`);
  });

  it('refuses a data dir another running demo holds', async () => {
    const held = join(tempDir, 'held');
    mkdirSync(held, { recursive: true });
    // A live process that is not this one stands for the other demo.
    writeFileSync(join(held, 'demo.lock'), `${process.ppid}\n`);
    await expect(resolveServices({ ...baseEnv(), REDIS_URL: process.env.REDIS_URL }, { dataDir: held })).rejects.toThrow(`Another demo (pid ${process.ppid}) is using`);
    expect(existsSync(join(held, 'postgres'))).toBe(false);
  });

  it('runs the whole demo on the services it started and stops all of them on SIGTERM', async () => {
    const apiPort = await findFreePort();
    const env: NodeJS.ProcessEnv = { ...process.env, ...baseEnv(), JALIN_DEMO_DATA_DIR: join(tempDir, 'demo-data'), PORT: String(apiPort), QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}:demo-embedded`, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    if (redisServer) delete env.REDIS_URL;
    const demo = new DemoProcess(env);
    try {
      const [, url] = await demo.waitFor(/GraphQL: (http:\/\/localhost:\d+\/graphql)/, 120000);
      const [, pgUrl] = demo.output.match(/PostgreSQL: embedded PostgreSQL in .*?, (postgres:\/\/\S+)/)!;
      expect(await selectOne(pgUrl)).toBe(1);
      const redisUrl = redisServer ? demo.output.match(/Redis: redis-server in .*?, (redis:\/\/\S+)/)![1] : undefined;

      const dinas = demo.logins().find((l) => l.role === 'DINAS')!;
      const session = await login(new GraphqlClient(url), dinas.email, dinas.password);
      expect(session.user.role).toBe('DINAS');

      expect(await demo.stop('SIGTERM')).toEqual({ code: 0, signal: null });
      expect(await isPortOpen(apiPort)).toBe(false);
      expect(await isPortOpen(portOf(pgUrl))).toBe(false);
      if (redisUrl) expect(await isPortOpen(portOf(redisUrl))).toBe(false);
    } finally {
      if (demo.running) await demo.stop('SIGKILL', 10000).catch(() => undefined);
    }
  });
});
