import { Logger } from '@nestjs/common';
import { Redis, RedisOptions } from 'ioredis';

const logger = new Logger('Redis');

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
  const connection = new Redis(url, options);
  // Without a listener ioredis prints every failed reconnect with console.error, outside the JSON
  // logs. Outages are reported where they matter (readiness, relay, queue and worker errors).
  connection.on('error', (error: Error) => logger.debug({ role, err: error }, 'redis connection error'));
  return connection;
}
