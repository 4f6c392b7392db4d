import { Redis } from 'ioredis';
import { RedisSettingsFacts } from './redis-settings-verdict';

/** CONFIG replies that mean "not allowed here" (managed Redis, ACL) rather than a broken server. */
const CONFIG_REFUSED = /unknown command|NOPERM|no permissions|not allowed|disabled/i;

/**
 * Reads maxmemory-policy and appendonly with CONFIG GET on a connection of its own, waiting at most
 * `timeoutMs` for Redis, and closes it. Never throws: an outage or a refusal is a fact to judge.
 */
export async function readRedisSettings(url: string, timeoutMs: number): Promise<RedisSettingsFacts> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  redis.on('error', () => undefined); // reported as the outcome below
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([redis.connect(), deadline]);
    try {
      const [policy, aof] = await Promise.race([
        Promise.all([redis.config('GET', 'maxmemory-policy'), redis.config('GET', 'appendonly')]),
        deadline,
      ]);
      return { kind: 'read', maxmemoryPolicy: valueOf(policy), appendonly: valueOf(aof) };
    } catch (error) {
      const message = (error as Error).message;
      if (CONFIG_REFUSED.test(message)) return { kind: 'config-unavailable', reason: message };
      return { kind: 'unreachable', reason: message };
    }
  } catch (error) {
    return { kind: 'unreachable', reason: (error as Error).message };
  } finally {
    clearTimeout(timer);
    redis.disconnect();
  }
}

/** CONFIG GET answers [name, value] (an empty list for an unknown name). */
function valueOf(reply: unknown): string | undefined {
  return Array.isArray(reply) && typeof reply[1] === 'string' ? reply[1] : undefined;
}
