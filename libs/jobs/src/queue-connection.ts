import { Redis, RedisOptions } from 'ioredis';

/**
 * BullMQ needs `maxRetriesPerRequest: null` on blocking connections; producers keep a bound so a
 * Redis outage surfaces as an error the outbox relay can retry, instead of a hung promise.
 */
export function createRedisConnection(url: string, role: 'worker' | 'producer' | 'client'): Redis {
  const options: RedisOptions = {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    lazyConnect: false,
  };
  return new Redis(url, options);
}
