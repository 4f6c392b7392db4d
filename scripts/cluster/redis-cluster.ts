import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { findFreePort, isPortFree } from '../demo/ports';
import { NativeProcess, until } from './native-process';

const run = promisify(execFile);

/** How long a silent master takes to be judged failed; its replica is promoted right after. */
const NODE_TIMEOUT_MS = 2000;

interface RedisNode {
  port: number;
  dir: string;
  process: NativeProcess;
}

/**
 * A Redis Cluster of local redis-server processes: `masters` masters, each with one replica, so
 * a master can fail over. Started as `npm run cluster` and the cluster e2e test use it.
 */
export class LocalRedisCluster {
  private constructor(private readonly nodes: RedisNode[]) {}

  static async start(baseDir: string, masters = 3): Promise<LocalRedisCluster> {
    const nodes: RedisNode[] = [];
    for (let i = 0; i < masters * 2; i++) {
      const port = await clusterPort(nodes.map((n) => n.port));
      const dir = join(baseDir, `redis-${port}`);
      mkdirSync(dir, { recursive: true });
      nodes.push({ port, dir, process: startNode(port, dir) });
    }
    const cluster = new LocalRedisCluster(nodes);
    try {
      for (const node of nodes) await until(`redis-server on ${node.port} answering`, () => ping(node.port), 10000, 100);
      await run('redis-cli', ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '1', '--cluster-yes']);
      await until('the cluster to be ok on every node', () => cluster.allOk(), 30000, 200);
      await until('every master to have its replica in sync', () => cluster.replicasInSync(), 30000, 200);
    } catch (error) {
      await cluster.stop();
      throw new Error(`${(error as Error).message}\n${nodes.map((n) => n.process.describe()).join('\n')}`);
    }
    return cluster;
  }

  /** `redis+cluster://` REDIS_URL naming every node. */
  get url(): string {
    return `redis+cluster://${this.nodes.map((n) => `127.0.0.1:${n.port}`).join(',')}`;
  }

  get ports(): number[] {
    return this.nodes.map((n) => n.port);
  }

  /** Ports of the nodes that are masters now (their roles change with failovers). */
  async masterPorts(): Promise<number[]> {
    const roles = await Promise.all(this.nodes.map(async (n) => ((await info(n.port, 'replication').catch(() => '')).includes('role:master') ? n.port : null)));
    return roles.filter((port): port is number => port !== null);
  }

  /**
   * SIGKILLs the master on `port` and waits until its replica has taken over and the cluster is ok
   * again; then restarts the killed node, which rejoins as a replica. Returns the new master's port.
   */
  async failOver(port: number): Promise<{ promoted: number; tookMs: number }> {
    const node = this.nodes.find((n) => n.port === port)!;
    const replicaPorts = await this.replicasOf(port);
    const started = Date.now();
    node.process.signal('SIGKILL');
    await node.process.exited;
    let promoted = 0;
    await until(
      `a replica of ${port} promoted`,
      async () => {
        for (const replica of replicaPorts) if ((await info(replica, 'replication')).includes('role:master')) promoted = replica;
        return promoted !== 0;
      },
      30000,
      100,
    );
    await until('the cluster ok on the living nodes', () => this.allOk([port]), 30000, 100);
    const tookMs = Date.now() - started;
    node.process = startNode(node.port, node.dir);
    await until(`node ${port} back as a replica`, async () => (await info(port, 'replication')).includes('role:slave'), 30000, 200);
    await until('the cluster ok on every node', () => this.allOk(), 30000, 200);
    await until('every master to have its replica in sync', () => this.replicasInSync(), 30000, 200);
    return { promoted, tookMs };
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.process.stop()));
  }

  private async replicasOf(masterPort: number): Promise<number[]> {
    const text = await info(masterPort, 'replication');
    return [...text.matchAll(/slave\d+:ip=[^,]+,port=(\d+),state=online/g)].map((m) => Number(m[1]));
  }

  private async replicasInSync(): Promise<boolean> {
    const masters = await this.masterPorts();
    const counts = await Promise.all(masters.map(async (port) => (await this.replicasOf(port)).length));
    return masters.length * 2 === this.nodes.length && counts.every((n) => n === 1);
  }

  private async allOk(except: number[] = []): Promise<boolean> {
    const states = await Promise.all(this.nodes.filter((n) => !except.includes(n.port)).map((n) => clusterInfo(n.port)));
    return states.every((s) => s.includes('cluster_state:ok'));
  }
}

/** Each node also listens on its port + 10000 (the cluster bus): both must be free and apart from the others'. */
async function clusterPort(taken: number[]): Promise<number> {
  for (;;) {
    const port = await findFreePort();
    const clashes = taken.some((t) => t === port + 10000 || t + 10000 === port);
    if (port + 10000 <= 65535 && !clashes && (await isPortFree(port + 10000))) return port;
  }
}

function startNode(port: number, dir: string): NativeProcess {
  return new NativeProcess(`redis-server :${port}`, 'redis-server', [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--daemonize', 'no',
    '--cluster-enabled', 'yes', '--cluster-config-file', join(dir, 'nodes.conf'), '--cluster-node-timeout', String(NODE_TIMEOUT_MS),
    '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction', '--loglevel', 'warning',
  ]);
}

async function withNode<T>(port: number, work: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return await work(redis);
  } finally {
    redis.disconnect();
  }
}

const ping = (port: number) => withNode(port, async (r) => (await r.ping()) === 'PONG');
const info = (port: number, section: string) => withNode(port, (r) => r.info(section));
const clusterInfo = (port: number) => withNode(port, async (r) => String(await r.cluster('INFO')));
