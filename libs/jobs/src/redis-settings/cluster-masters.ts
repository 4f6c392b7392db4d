import { Redis } from 'ioredis';
import { RedisTarget } from '../redis-connection/redis-url';

/** A master of a Redis Cluster as `redis://` URL (credentials and TLS of REDIS_URL), for CONFIG GET. */
function nodeUrl(target: Extract<RedisTarget, { kind: 'cluster' }>, host: string, port: number): string {
  const credentials = target.password === undefined ? '' : `${encodeURIComponent(target.username ?? '')}:${encodeURIComponent(target.password)}@`;
  return `${target.tls ? 'rediss' : 'redis'}://${credentials}${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * The masters of the cluster, read with CLUSTER NODES from the first seed node that answers
 * (failed masters left out). Each master holds queue keys, so each must keep noeviction. When no
 * seed answers, the seeds themselves: the check then reports them unreachable.
 */
export async function clusterMasterUrls(target: Extract<RedisTarget, { kind: 'cluster' }>, timeoutMs: number): Promise<string[]> {
  for (const seed of target.nodes) {
    const redis = new Redis(nodeUrl(target, seed.host, seed.port), {
      lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null, ...(target.tls ? { tls: {} } : {}),
    });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      const nodes = String(await redis.cluster('NODES'));
      const masters = nodes.split('\n').flatMap((line) => {
        const [, address, flags] = line.split(' ');
        if (!address || !flags?.split(',').includes('master') || flags.includes('fail')) return [];
        const hostPort = address.split('@')[0];
        const colon = hostPort.lastIndexOf(':');
        return [nodeUrl(target, hostPort.slice(0, colon) || seed.host, Number(hostPort.slice(colon + 1)))];
      });
      if (masters.length > 0) return masters;
    } catch {
      // the next seed may answer
    } finally {
      redis.disconnect();
    }
  }
  return target.nodes.map((node) => nodeUrl(target, node.host, node.port));
}
