import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';

export type ProbeResult =
  | { answers: true }
  /** `reachable`: something listens but refused us (authentication, not a server of that kind). */
  | { answers: false; reachable: boolean; message: string };

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EADDRNOTAVAIL']);

function failure(error: unknown): ProbeResult {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException)?.code;
  const reachable = !(code && UNREACHABLE.has(code)) && !/timeout|timed out|ECONNREFUSED/i.test(message);
  return { answers: false, reachable, message };
}

/** Whether a PostgreSQL server accepts `url` and answers SELECT 1 (within about 2 s). */
export async function probePostgres(url: string): Promise<ProbeResult> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { answers: true };
  } catch (error) {
    return failure(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether a Redis server at `url` answers PING (within about 2 s). */
export async function probeRedis(url: string): Promise<ProbeResult> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  // With retries off, connect() rejects with "Connection is closed."; the cause comes as an event.
  let cause: unknown;
  redis.on('error', (error) => (cause ??= error));
  try {
    await redis.connect();
    const pong = await redis.ping();
    return pong === 'PONG' ? { answers: true } : { answers: false, reachable: true, message: `PING answered ${pong}` };
  } catch (error) {
    return failure(cause ?? error);
  } finally {
    redis.disconnect();
  }
}

/** The full path of an executable program on PATH, or null. */
export function findOnPath(program: string, pathVariable: string | undefined): string | null {
  for (const dir of (pathVariable ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return null;
}
