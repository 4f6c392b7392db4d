import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess } from '../demo/app-process';
import { findFreePort } from '../demo/ports';
import { Haproxy, startHaproxy } from './haproxy';
import { NativeProcess, until } from './native-process';
import { startPgBouncer } from './pgbouncer';
import { LocalRedisCluster } from './redis-cluster';

export interface ClusterLayoutOptions {
  /** The PostgreSQL database, already migrated; the apps reach it through PgBouncer. */
  databaseUrl: string;
  apis: number;
  workers: number;
  /** Settings every app gets (QUEUE_PREFIX, NODE_ENV, LOG_LEVEL, ...); TRUST_PROXY_HOPS defaults to 1 (HAProxy). */
  env: NodeJS.ProcessEnv;
  print: (line: string) => void;
  rawLogs?: boolean;
  /** The load balancer's port; default any free one. */
  port?: number;
}

const APP_STOP_GRACE_MS = 30000;

/** One api or worker replica: its port (api) and the process now running in its place. */
export class AppSlot {
  process!: AppProcess;

  constructor(readonly name: string, private readonly entry: string, private readonly env: NodeJS.ProcessEnv, private readonly options: ClusterLayoutOptions, readonly port?: number) {
    this.start();
  }

  start(): AppProcess {
    const env = { ...this.env, ...(this.port ? { PORT: String(this.port) } : {}) };
    this.process = new AppProcess(this.name, this.entry, { env, print: this.options.print, rawLogs: this.options.rawLogs, readyLine: /Jalin worker started/ });
    return this.process;
  }

  /** Ready: the api answers /health/ready, the worker printed its start-up line. */
  async ready(timeoutMs = 120000): Promise<void> {
    const waitReady = this.port
      ? until(`${this.name} ready`, async () => (await fetch(`http://127.0.0.1:${this.port}/health/ready`)).ok, timeoutMs, 300)
      : Promise.race([this.process.ready, new Promise((_, reject) => setTimeout(() => reject(new Error(`${this.name} not ready within ${timeoutMs} ms`)), timeoutMs).unref())]);
    const died = this.process.exited.then((exit) => {
      throw new Error(`${this.name} exited (${JSON.stringify(exit)}) while starting:\n${this.process.lastOutput()}`);
    });
    await Promise.race([waitReady, died]);
  }

  async kill(): Promise<void> {
    this.process.kill();
    await this.process.exited;
  }

  stop(): Promise<void> {
    return this.process.stop(APP_STOP_GRACE_MS);
  }
}

/**
 * The scaled-out layout on one machine, from real parts: a 3-master Redis Cluster (one replica
 * each), PgBouncer in transaction mode in front of PostgreSQL, `apis` API replicas behind HAProxy
 * and `workers` workers, all in a temporary directory removed by stop().
 */
export class ClusterLayout {
  readonly apis: AppSlot[] = [];
  readonly workers: AppSlot[] = [];
  private readonly natives: NativeProcess[] = [];
  redis!: LocalRedisCluster;
  haproxy!: Haproxy;
  /** The load balancer: http://127.0.0.1:port (GraphQL at /graphql). */
  url = '';
  /** What every app gets: REDIS_URL (cluster), DATABASE_URL (PgBouncer) and the options' env. */
  appEnv: NodeJS.ProcessEnv = {};

  private constructor(private readonly options: ClusterLayoutOptions, readonly dir: string) {}

  static async start(options: ClusterLayoutOptions): Promise<ClusterLayout> {
    const layout = new ClusterLayout(options, mkdtempSync(join(tmpdir(), 'jalin-cluster-')));
    try {
      await layout.startAll();
    } catch (error) {
      await layout.stop();
      throw error;
    }
    return layout;
  }

  private async startAll(): Promise<void> {
    const { options } = this;
    options.print(`[cluster] starting Redis Cluster (3 masters, 3 replicas) and PgBouncer under ${this.dir}`);
    const poolPerApp = Number(options.env.DATABASE_POOL_SIZE ?? 10);
    // Both started side by side; whichever came up is kept for stop() when the other failed.
    const [redis, pgbouncer] = await Promise.allSettled([
      LocalRedisCluster.start(join(this.dir, 'redis')).then((started) => (this.redis = started)),
      startPgBouncer(join(this.dir, 'pgbouncer'), options.databaseUrl, Math.max(20, poolPerApp * 2)).then((started) => {
        this.natives.push(started.process);
        return started;
      }),
    ]);
    if (redis.status === 'rejected') throw redis.reason;
    if (pgbouncer.status === 'rejected') throw pgbouncer.reason;
    // Debian's PgBouncer (1.18) in transaction mode does not carry prepared statements between server connections.
    this.appEnv = { TRUST_PROXY_HOPS: '1', ...options.env, REDIS_URL: this.redis.url, DATABASE_URL: pgbouncer.value.url, DATABASE_PREPARED_STATEMENTS: 'false' };
    const apiPorts = await Promise.all(Array.from({ length: options.apis }, () => findFreePort()));
    this.haproxy = await startHaproxy(this.dir, apiPorts, options.port);
    this.natives.push(this.haproxy.process);
    this.url = this.haproxy.url;
    apiPorts.forEach((port, i) => this.apis.push(new AppSlot(`api${i + 1}`, 'apps/api/src/main.ts', this.appEnv, options, port)));
    for (let i = 0; i < options.workers; i++) this.addWorker();
    await Promise.all([...this.apis, ...this.workers].map((slot) => slot.ready()));
    // HAProxy puts a replica in rotation after 2 good checks a second apart.
    await until('the load balancer to pass requests', async () => (await fetch(`${this.url}/health/ready`)).ok, 30000, 300);
  }

  /** One more worker replica, started (not yet ready). */
  addWorker(): AppSlot {
    const slot = new AppSlot(`worker${this.workers.length + 1}`, 'apps/worker/src/main.ts', this.appEnv, this.options);
    this.workers.push(slot);
    return slot;
  }

  /** Stops every worker (SIGTERM, their jobs finish) and forgets them. */
  async stopWorkers(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((slot) => slot.stop()));
  }

  /** Stops the apps (workers first, so they finish their jobs), then the servers, and removes the directory. */
  async stop(): Promise<void> {
    await Promise.all(this.workers.map((slot) => slot.stop().catch(() => undefined)));
    await Promise.all(this.apis.map((slot) => slot.stop().catch(() => undefined)));
    await Promise.all(this.natives.map((native) => native.stop()));
    await this.redis?.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
