/** One node of a Redis Cluster, as given in REDIS_URL. */
interface RedisNodeAddress {
  host: string;
  port: number;
}

/** REDIS_URL read: one server (ioredis takes the URL as it is) or the seed nodes of a Redis Cluster. */
export type RedisTarget =
  | { kind: 'server'; url: string }
  | { kind: 'cluster'; nodes: RedisNodeAddress[]; username?: string; password?: string; tls: boolean };

const CLUSTER_SCHEME = /^(rediss?)\+cluster:\/\//;

/** `redis+cluster://[user:password@]host:port,host:port,...` is a cluster; anything else one server. */
export function parseRedisUrl(url: string): RedisTarget {
  const scheme = url.match(CLUSTER_SCHEME);
  if (!scheme) return { kind: 'server', url };
  let rest = url.slice(scheme[0].length).replace(/\/$/, '');
  let username: string | undefined;
  let password: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    const credentials = rest.slice(0, at);
    rest = rest.slice(at + 1);
    const colon = credentials.indexOf(':');
    username = decodeURIComponent(colon >= 0 ? credentials.slice(0, colon) : credentials) || undefined;
    password = colon >= 0 ? decodeURIComponent(credentials.slice(colon + 1)) : undefined;
  }
  const nodes = rest.split(',').map((hostPort) => {
    const colon = hostPort.lastIndexOf(':');
    return { host: hostPort.slice(0, colon).replace(/^\[|\]$/g, ''), port: Number(hostPort.slice(colon + 1)) };
  });
  return { kind: 'cluster', nodes, username, password, tls: scheme[1] === 'rediss' };
}

const isRedisCluster = (url: string): boolean => CLUSTER_SCHEME.test(url);

/**
 * The BullMQ key prefix. On a cluster every key a BullMQ script touches must hash to one slot, so
 * the prefix becomes a hash tag (`{jalin}`, BullMQ's documented way); on one server it stays as it
 * is, so existing deployments keep their keys.
 */
export function bullmqPrefix(config: { REDIS_URL: string; QUEUE_PREFIX: string }): string {
  return isRedisCluster(config.REDIS_URL) && !config.QUEUE_PREFIX.includes('{') ? `{${config.QUEUE_PREFIX}}` : config.QUEUE_PREFIX;
}

/** The URL without its password, for messages. */
export function shownRedisUrl(url: string): string {
  return url.replace(/(\/\/[^:@/]*:)[^@]*@/, '$1***@').replace(/\/$/, '');
}
