import { Logger } from '@nestjs/common';
import { Cluster, Redis, RedisOptions } from 'ioredis';
import { parseRedisUrl } from './redis-url';

const logger = new Logger('Redis');

/** A connection to one Redis server or to a Redis Cluster: both answer the commands Jalin uses. */
export type RedisClient = Redis | Cluster;

export type RedisRole = 'worker' | 'producer' | 'client';

/**
 * Every Redis connection of Jalin is made here, for one server or a cluster (REDIS_URL).
 * BullMQ needs `maxRetriesPerRequest: null` on blocking connections; producers keep a bound so a
 * Redis outage surfaces as an error the outbox relay can retry, instead of a hung promise.
 */
export function createRedisConnection(url: string, role: RedisRole): RedisClient {
  const options: RedisOptions = {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    lazyConnect: false,
  };
  const target = parseRedisUrl(url);
  const connection: RedisClient =
    target.kind === 'server'
      ? new Redis(url, options)
      : new Cluster(target.nodes, {
          redisOptions: { ...options, username: target.username, password: target.password, ...(target.tls ? { tls: {} } : {}) },
          enableOfflineQueue: options.enableOfflineQueue,
          clusterRetryStrategy: options.retryStrategy,
          // A master's failover takes the cluster's node timeout plus an election: commands sent
          // to its slots meanwhile wait and are retried on the new master.
          retryDelayOnFailover: 300,
          retryDelayOnClusterDown: 300,
          retryDelayOnTryAgain: 300,
          slotsRefreshTimeout: 2000,
          slotsRefreshInterval: 2000,
        });
  // Without a listener ioredis prints every failed reconnect with console.error, outside the JSON
  // logs. Outages are reported where they matter (readiness, relay, queue and worker errors).
  connection.on('error', (error: Error) => logger.debug({ role, err: error }, 'redis connection error'));
  return connection;
}
