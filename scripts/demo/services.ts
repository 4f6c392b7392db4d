import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { readRedisSettings } from '@jalin/jobs';
import { redactUrl } from './lines';
import { REPO_ROOT } from './paths';
import { findFreePort, isPortFree } from './ports';
import { findOnPath, probePostgres, probeRedis, ProbeResult } from './probes';
import { ServiceHost, startServiceHost } from './service-host-client';

/** A problem the user fixes (no Redis, a busy port): printed as it is, without a stack. */
export class DemoSetupError extends Error {
  override readonly name = 'DemoSetupError';
}

export type ServiceSource = 'env' | 'local' | 'embedded';

export interface ResolvedService {
  url: string;
  source: ServiceSource;
  /** One line for the user: where this service comes from. */
  description: string;
  /** For embedded services: whether this start created its data directory. */
  initialised?: boolean;
}

export interface DemoServices {
  database: ResolvedService;
  redis: ResolvedService;
  /** Resolves with a message when a service the demo started stops on its own; never otherwise. */
  failed: Promise<string>;
  /** Stops what the demo started (nothing for services it found). */
  stop(): Promise<void>;
}

export interface DemoServiceOptions {
  /** Where started services keep their data; default JALIN_DEMO_DATA_DIR or <repo>/.data. */
  dataDir?: string;
  log?: (line: string) => void;
  /** Server log lines of started services (kept for error messages either way). */
  onServiceOutput?: (service: 'postgres' | 'redis', line: string) => void;
}

/** The database the demo uses on a server it finds or starts (as AppConfig's default). */
export const DEMO_DATABASE_NAME = 'jalin';
/** Credentials of the embedded cluster: it listens on 127.0.0.1 only and holds demo data only. */
export const EMBEDDED_PG_USER = 'postgres';
export const EMBEDDED_PG_PASSWORD = 'jalin-demo';
const PREFERRED_EMBEDDED_PG_PORT = 54329;
const PREFERRED_SPAWNED_REDIS_PORT = 56379;

const portOf = (value: string | undefined, fallback: number, name: string) => {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new DemoSetupError(`${name} must be a port number, got "${value}"`);
  return port;
};

export function dataDirOf(env: NodeJS.ProcessEnv, explicit?: string): string {
  const dir = explicit ?? env.JALIN_DEMO_DATA_DIR ?? '.data';
  return isAbsolute(dir) ? dir : resolve(REPO_ROOT, dir);
}

const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

function noRedisMessage(url: string, probe: ProbeResult): string {
  const why = probe.answers ? '' : ` (${probe.message})`;
  return [
    `No Redis answers at ${url}${why}, and there is no redis-server on the PATH for the demo to start.`,
    'Jalin needs Redis for its queues. Get one either way, then run `npm run demo` again:',
    // Not `docker compose up -d redis`: compose wants every secret of the file set (see .env.example).
    '  - with Docker:         docker run -d --name jalin-redis -p 127.0.0.1:6379:6379 redis:7 redis-server --maxmemory-policy noeviction',
    '  - or the OS package:   sudo apt install redis-server  (Debian/Ubuntu; Fedora: sudo dnf install redis; macOS: brew install redis)',
    '    with redis-server on the PATH the demo starts its own, with its data under .data/redis',
    'Or set REDIS_URL to a Redis server you already run.',
  ].join('\n');
}

/**
 * The demo's data directory is used by one demo at a time: a second demo would stop the first
 * one's servers as leftovers. The lock holds the pid of the demo using it.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const lock = join(dataDir, 'demo.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      if (holder === process.pid) return () => undefined;
      let alive = false;
      try {
        process.kill(holder, 0);
        alive = true;
      } catch {
        /* a demo that died: its lock is stale */
      }
      if (alive) throw new DemoSetupError(`Another demo (pid ${holder}) is using ${shown(dataDir)}: stop it first (Ctrl-C in its terminal).`);
      unlinkSync(lock);
    }
  }
  return () => {
    try {
      if (Number.parseInt(readFileSync(lock, 'utf8'), 10) === process.pid) unlinkSync(lock);
    } catch {
      /* already gone */
    }
  };
}

/**
 * Starts a server on the preferred port when free, else on one the OS picks; once more on another
 * port when the chosen one was taken between the check and the server's bind (parallel runs).
 */
async function startOnFreePort(preferred: number, start: (port: number) => Promise<ServiceHost>): Promise<{ host: ServiceHost; port: number }> {
  const port = await findFreePort(preferred);
  try {
    return { host: await start(port), port };
  } catch (error) {
    if (await isPortFree(port)) throw error;
    const other = await findFreePort();
    return { host: await start(other), port: other };
  }
}

type Plan =
  | { kind: 'use'; service: ResolvedService }
  | { kind: 'start'; note: string; binary?: string };

/** The server's maxmemory-policy when it is one that evicts keys; null for noeviction or when CONFIG is not available. */
async function evictionPolicyOf(url: string): Promise<string | null> {
  const settings = await readRedisSettings(url, 2000);
  if (settings.kind !== 'read' || settings.maxmemoryPolicy === undefined) return null;
  return settings.maxmemoryPolicy.toLowerCase() === 'noeviction' ? null : settings.maxmemoryPolicy;
}

async function planRedis(env: NodeJS.ProcessEnv): Promise<Plan> {
  if (env.REDIS_URL) {
    const probe = await probeRedis(env.REDIS_URL);
    if (!probe.answers) throw new DemoSetupError(`REDIS_URL (${redactUrl(env.REDIS_URL)}) does not answer: ${probe.message}`);
    return { kind: 'use', service: { url: env.REDIS_URL, source: 'env', description: `REDIS_URL (${redactUrl(env.REDIS_URL)})` } };
  }
  const port = portOf(env.JALIN_DEMO_LOCAL_REDIS_PORT, 6379, 'JALIN_DEMO_LOCAL_REDIS_PORT');
  const url = `redis://127.0.0.1:${port}`;
  const probe = await probeRedis(url);
  const binary = findOnPath('redis-server', env.PATH);
  if (probe.answers) {
    // The api and worker refuse a Redis that evicts keys (lost jobs): the demo does not reconfigure
    // the user's server, it starts its own (with noeviction) or says how to fix the setting.
    const policy = await evictionPolicyOf(url);
    if (!policy) return { kind: 'use', service: { url, source: 'local', description: `local Redis at 127.0.0.1:${port}` } };
    const why = `the local Redis at 127.0.0.1:${port} has maxmemory-policy ${policy}, and Jalin needs noeviction (evicted keys are lost jobs)`;
    if (!binary) {
      throw new DemoSetupError(`${why[0].toUpperCase()}${why.slice(1)}. Run \`redis-cli -p ${port} config set maxmemory-policy noeviction\` (and set it in its redis.conf), or set REDIS_URL to another Redis.`);
    }
    return { kind: 'start', note: `${why}; starting ${binary} instead (set REDIS_URL to use that server once it runs with noeviction)`, binary };
  }
  if (!binary) throw new DemoSetupError(noRedisMessage(url, probe));
  const note = probe.reachable
    ? `Redis at 127.0.0.1:${port} answers but refuses the demo (${probe.message}); starting ${binary} instead (set REDIS_URL to use that server)`
    : `no Redis answers at 127.0.0.1:${port}; starting ${binary}`;
  return { kind: 'start', note, binary };
}

async function planPostgres(env: NodeJS.ProcessEnv): Promise<Plan> {
  if (env.DATABASE_URL) {
    return { kind: 'use', service: { url: env.DATABASE_URL, source: 'env', description: `DATABASE_URL (${redactUrl(env.DATABASE_URL)})` } };
  }
  const port = portOf(env.JALIN_DEMO_LOCAL_PG_PORT, 5432, 'JALIN_DEMO_LOCAL_PG_PORT');
  const probe = await probePostgres(`postgres://postgres@127.0.0.1:${port}/postgres`);
  if (probe.answers) {
    const url = `postgres://postgres@127.0.0.1:${port}/${DEMO_DATABASE_NAME}`;
    return { kind: 'use', service: { url, source: 'local', description: `local PostgreSQL at 127.0.0.1:${port}, database ${DEMO_DATABASE_NAME}` } };
  }
  const note = probe.reachable
    ? `PostgreSQL at 127.0.0.1:${port} answers but refuses user postgres (${probe.message}); starting an embedded PostgreSQL instead (set DATABASE_URL to use that server)`
    : `no PostgreSQL answers at 127.0.0.1:${port}; starting an embedded PostgreSQL`;
  return { kind: 'start', note };
}

/**
 * Finds the PostgreSQL and Redis the demo uses, starting local ones when none is available:
 * DATABASE_URL, else the local server (127.0.0.1:5432), else an embedded PostgreSQL under
 * <dataDir>/postgres; REDIS_URL, else the local server (127.0.0.1:6379), else a redis-server from
 * the PATH under <dataDir>/redis, else a DemoSetupError naming the ways to get Redis. Redis is
 * settled first, so a missing Redis stops the demo before anything starts. The probed local
 * ports can be moved with JALIN_DEMO_LOCAL_PG_PORT / JALIN_DEMO_LOCAL_REDIS_PORT (for tests).
 */
export async function resolveServices(env: NodeJS.ProcessEnv, options: DemoServiceOptions = {}): Promise<DemoServices> {
  const log = options.log ?? (() => undefined);
  const dataDir = dataDirOf(env, options.dataDir);
  const [redisPlan, pgPlan] = [await planRedis(env), await planPostgres(env)];

  const started: ServiceHost[] = [];
  let unlock: () => void = () => undefined;
  const stop = async () => {
    for (const host of started.reverse()) await host.stop();
    started.length = 0;
    unlock();
  };

  try {
    if (pgPlan.kind === 'start' || redisPlan.kind === 'start') unlock = lockDataDir(dataDir);

    let database: ResolvedService;
    if (pgPlan.kind === 'use') {
      database = pgPlan.service;
    } else {
      const dir = join(dataDir, 'postgres');
      log(`PostgreSQL: ${pgPlan.note} in ${shown(dir)}`);
      const { host, port } = await startOnFreePort(PREFERRED_EMBEDDED_PG_PORT, (port) => startServiceHost(
        { kind: 'postgres', dataDir: dir, port, user: EMBEDDED_PG_USER, password: EMBEDDED_PG_PASSWORD },
        { onOutput: (line) => options.onServiceOutput?.('postgres', line) },
      ));
      started.push(host);
      const url = `postgres://${EMBEDDED_PG_USER}:${EMBEDDED_PG_PASSWORD}@127.0.0.1:${port}/${DEMO_DATABASE_NAME}`;
      database = {
        url,
        source: 'embedded',
        initialised: host.initialised,
        description: `embedded PostgreSQL in ${shown(dir)} (${host.initialised ? 'new' : 'kept from the last run'}), ${url}`,
      };
    }

    let redis: ResolvedService;
    if (redisPlan.kind === 'use') {
      redis = redisPlan.service;
    } else {
      const dir = join(dataDir, 'redis');
      log(`Redis: ${redisPlan.note} in ${shown(dir)}`);
      const { host, port } = await startOnFreePort(PREFERRED_SPAWNED_REDIS_PORT, (port) => startServiceHost(
        { kind: 'redis', dataDir: dir, port, binary: redisPlan.binary! },
        { onOutput: (line) => options.onServiceOutput?.('redis', line) },
      ));
      started.push(host);
      const url = `redis://127.0.0.1:${port}`;
      redis = { url, source: 'embedded', initialised: host.initialised, description: `redis-server in ${shown(dir)}, ${url}` };
    }

    const failed = started.length ? Promise.race(started.map((h) => h.failed)) : new Promise<string>(() => undefined);
    return { database, redis, failed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
