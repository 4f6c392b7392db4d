import { randomBytes } from 'node:crypto';
import { AppProcess, freePort } from '../../support/app-process';
import { PrivateRedis } from '../../support/private-redis';
import { startScratchRun, ScratchRun } from '../../support/scratch-run';

jest.setTimeout(90000);

const API = 'apps/api/src/main.ts';
const WORKER = 'apps/worker/src/main.ts';
const STARTED: Record<string, RegExp> = { [API]: /Jalin API listening/, [WORKER]: /Jalin worker started/ };

/**
 * api and worker read the Redis server's settings before they start: an eviction policy other than
 * noeviction (evicted keys are lost jobs) stops them with a message naming the setting and the fix;
 * noeviction starts them; AOF off is a warning in production; a Redis without CONFIG (managed
 * services rename it away) is a warning that the settings could not be checked.
 */
describe('Redis settings checked at start (api and worker)', () => {
  let run: ScratchRun;
  const servers: PrivateRedis[] = [];
  const apps: AppProcess[] = [];

  beforeAll(async () => {
    run = await startScratchRun('redis_settings');
  });

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.kill()));
    await Promise.all(servers.map((s) => s.stop()));
    await run?.drop();
  });

  const redisWith = async (args: string[]) => {
    const server = await PrivateRedis.start(args);
    servers.push(server);
    return server;
  };

  const start = async (entry: string, redis: PrivateRedis, env: Record<string, string> = {}) => {
    const app = new AppProcess(entry, { ...process.env, ...run.env, REDIS_URL: redis.url, PORT: String(await freePort()), LOG_LEVEL: 'warn', ...env });
    apps.push(app);
    return app;
  };

  const warnings = (app: AppProcess) => app.jsonLines().filter((l) => l.level === 40 && l.context === 'RedisSettings').map((l) => l.msg as string);

  it.each([API, WORKER])('%s refuses to start on maxmemory-policy allkeys-lru, naming the setting and the fix', async (entry) => {
    const redis = await redisWith(['--maxmemory-policy', 'allkeys-lru']);
    const app = await start(entry, redis);
    expect(await app.waitForExit(30000)).toEqual({ code: 1, signal: null });
    expect(app.stdout).not.toMatch(STARTED[entry]);
    expect(app.stderr).toContain(`Redis at ${redis.url} has maxmemory-policy allkeys-lru`);
    expect(app.stderr).toContain('need noeviction');
    expect(app.stderr).toContain('CONFIG SET maxmemory-policy noeviction');
    // The message alone, as for any configuration problem: no stack trace.
    expect(app.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([API, WORKER])('%s starts on noeviction, and warns about AOF off in production only', async (entry) => {
    const redis = await redisWith(['--maxmemory-policy', 'noeviction']);
    const dev = await start(entry, redis);
    await dev.waitForOutput(STARTED[entry], 60000);
    expect(warnings(dev)).toEqual([]);
    const prod = await start(entry, redis, { NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex') });
    await prod.waitForOutput(STARTED[entry], 60000);
    expect(warnings(prod)).toEqual([expect.stringContaining(`Redis at ${redis.url} has appendonly no`)]);
    for (const app of [dev, prod]) {
      app.signal('SIGTERM');
      expect(await app.waitForExit(20000)).toEqual({ code: 0, signal: null });
    }
  });

  it('starts, with a warning that it could not check, when CONFIG is disabled (managed Redis)', async () => {
    const redis = await redisWith(['--maxmemory-policy', 'allkeys-lru', '--rename-command', 'CONFIG', '']);
    const worker = await start(WORKER, redis);
    await worker.waitForOutput(STARTED[WORKER], 60000);
    expect(warnings(worker)).toEqual([expect.stringContaining('could not check that maxmemory-policy is noeviction')]);
    worker.signal('SIGTERM');
    expect(await worker.waitForExit(20000)).toEqual({ code: 0, signal: null });
  });
});
