import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@jalin/config';
import { TransactionRunner } from '@jalin/database';
import { createRedisConnection, RedisClient } from '@jalin/jobs';

/** What an access token is checked against: the user's session version, and whether its own session has ended. */
export interface SessionState {
  version: number;
  ended: boolean;
}

/** The user's revocations as PostgreSQL has them. */
interface Revocations {
  version: number;
  endedSessions: string[];
}

const stateOf = (found: Revocations, sessionId: string): SessionState => ({ version: found.version, ended: found.endedSessions.includes(sessionId) });

const VERSION_FIELD = 'v';
const endedField = (sessionId: string) => `ended:${sessionId}`;

/**
 * Merges one PostgreSQL reading into the user's Redis hash: the version only ever rises and ended
 * sessions are only added, so readings merged in any order (a late re-fill racing a publish) never
 * undo an end. The hash expires REDIS_COPY_TTL_MS after it was created, never later.
 */
const MERGE = `
local current = tonumber(redis.call('HGET', KEYS[1], 'v'))
if current == nil or current < tonumber(ARGV[1]) then redis.call('HSET', KEYS[1], 'v', ARGV[1]) end
for i = 3, #ARGV do redis.call('HSET', KEYS[1], 'ended:' .. ARGV[i], '1') end
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return redis.call('HGET', KEYS[1], 'v')`;

/**
 * Redis keeps each copy this long; an end whose Redis write failed (Redis down right after the
 * commit) is still seen once the stale copy expires and is re-read from PostgreSQL.
 */
const REDIS_COPY_TTL_MS = 5 * 60_000;

/**
 * A Redis that does not answer (a partition rather than a refused connection) must not hold every
 * signed-in request: after this long the check goes to PostgreSQL.
 */
const REDIS_ANSWER_WITHIN_MS = 300;

const within = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([work, sleep(ms, undefined, { ref: false }).then((): never => { throw new Error(`Redis did not answer within ${ms} ms`); })]);

/**
 * Which access tokens of a user no longer count: those older than the user's session version
 * (every session ended) and those of a session (refresh-token family) that was revoked on its own.
 * PostgreSQL is the truth (app_user.session_version, refresh_token.revoked_at), one Redis hash per
 * user the copy every API replica reads in one round trip, and each replica caches what it read
 * for at most SESSION_VERSION_CACHE_MS (≤ 1 s). An end is seen by every replica within about that long.
 */
@Injectable()
export class SessionRevocations implements OnModuleDestroy {
  private readonly logger = new Logger(SessionRevocations.name);
  private readonly redis: RedisClient;
  /** By `userId/sessionId`; entries older than the cache time are swept on the next uncached read. */
  private readonly cache = new Map<string, SessionState & { readAt: number }>();

  constructor(
    private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {
    this.redis = createRedisConnection(config.REDIS_URL, 'client');
  }

  /**
   * The state of one session, or null when the user is gone or no store answers. When Redis
   * fails, PostgreSQL is asked directly: the check then costs a query but keeps its meaning
   * (neither open nor closed). Only when PostgreSQL fails too is the token refused (closed): an
   * ended session must not come back because a store is down, and without PostgreSQL the API can
   * do almost nothing for the caller anyway.
   */
  async state(userId: string, sessionId: string): Promise<SessionState | null> {
    const cacheKey = `${userId}/${sessionId}`;
    const cached = this.cache.get(cacheKey);
    if (cached && this.fresh(cached.readAt)) return { version: cached.version, ended: cached.ended };
    const state = await within(this.fromRedis(userId, sessionId), REDIS_ANSWER_WITHIN_MS).catch(async (err: unknown) => {
      this.logger.warn({ err }, 'session check: Redis unavailable, reading PostgreSQL');
      return this.fromDatabase(userId).then((found) => found && stateOf(found, sessionId)).catch((dbErr: unknown) => {
        this.logger.error({ err: dbErr }, 'session check: no store answered; refusing the token');
        return null;
      });
    });
    this.sweep();
    if (state === null) this.cache.delete(cacheKey);
    else this.cache.set(cacheKey, { ...state, readAt: Date.now() });
    return state;
  }

  /** Ends every access token of the user, inside the caller's transaction; publish() after commit. */
  async bump(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE app_user SET session_version = session_version + 1 WHERE id = $1`, [userId]);
  }

  /**
   * Makes the user's committed ends (a bump, a revoked session) visible to every replica. It merges
   * what PostgreSQL now holds, so it needs no argument and cannot lose a concurrent end; a failed
   * write heals within REDIS_COPY_TTL_MS.
   */
  async publish(userId: string): Promise<void> {
    for (const key of this.cache.keys()) if (key.startsWith(`${userId}/`)) this.cache.delete(key);
    try {
      const found = await this.fromDatabase(userId);
      if (found) await within(this.merge(userId, found), REDIS_ANSWER_WITHIN_MS);
    } catch (err) {
      this.logger.error({ err, userId }, 'session check: Redis copy not updated after a session end');
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  private key(userId: string): string {
    return `${this.config.QUEUE_PREFIX}:session-revocations:${userId}`;
  }

  private fresh(readAt: number): boolean {
    return Date.now() - readAt < this.config.SESSION_VERSION_CACHE_MS;
  }

  private sweep(): void {
    for (const [key, entry] of this.cache) if (!this.fresh(entry.readAt)) this.cache.delete(key);
  }

  private async fromRedis(userId: string, sessionId: string): Promise<SessionState | null> {
    const [version, ended] = await this.redis.hmget(this.key(userId), VERSION_FIELD, endedField(sessionId));
    if (version !== null) return { version: Number(version), ended: ended !== null };
    // Missing (first use, expired or flushed): re-fill from the truth.
    const found = await this.fromDatabase(userId);
    if (found === null) return null;
    // The merged version: a concurrent publish may already have raised it.
    return { ...stateOf(found, sessionId), version: await this.merge(userId, found) };
  }

  /** Sessions revoked longer ago than an access token lives have no token left to refuse. */
  private async fromDatabase(userId: string): Promise<Revocations | null> {
    const rows: { version: number; ended: string[] }[] = await this.tx.manager.query(
      `SELECT u.session_version AS version,
              ARRAY(SELECT DISTINCT r.family_id::text FROM refresh_token r
                     WHERE r.user_id = u.id AND r.revoked_at > now() - make_interval(secs => $2)) AS ended
         FROM app_user u WHERE u.id = $1`,
      [userId, this.config.JWT_ACCESS_TTL_SECONDS],
    );
    return rows.length ? { version: rows[0].version, endedSessions: rows[0].ended } : null;
  }

  private async merge(userId: string, found: Revocations): Promise<number> {
    const result = await this.redis.eval(MERGE, 1, this.key(userId), String(found.version), String(REDIS_COPY_TTL_MS), ...found.endedSessions);
    return Number(result);
  }
}
