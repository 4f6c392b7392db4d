import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@jalin/config';
import { TransactionRunner } from '@jalin/database';
import { createRedisConnection } from '@jalin/jobs';
import { UserEntity } from '../entities/user.entity';

/** Keeps the highest version ever written, so a late re-fill from PostgreSQL never undoes a bump. */
const SET_IF_HIGHER = `
local current = tonumber(redis.call('GET', KEYS[1]))
if current == nil or current < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
return redis.call('GET', KEYS[1])`;

/**
 * Redis keeps each copy this long; a bump whose Redis write failed (Redis down right after the
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
 * The session version of each user: PostgreSQL (app_user.session_version) is the truth, Redis the
 * copy every API replica reads, and each replica caches what it read for at most
 * SESSION_VERSION_CACHE_MS (≤ 1 s). A bump is seen by every replica within about that long.
 */
@Injectable()
export class SessionVersions implements OnModuleDestroy {
  private readonly logger = new Logger(SessionVersions.name);
  private readonly redis: Redis;
  private readonly cache = new Map<string, { version: number; readAt: number }>();

  constructor(
    private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {
    this.redis = createRedisConnection(config.REDIS_URL, 'client');
  }

  /**
   * The user's current version, or null when the user is gone or no store answers. When Redis
   * fails, PostgreSQL is asked directly: the check then costs a query but keeps its meaning
   * (neither open nor closed). Only when PostgreSQL fails too is the token refused (closed): a
   * revoked session must not come back because a store is down, and without PostgreSQL the API
   * can do almost nothing for the caller anyway.
   */
  async current(userId: string): Promise<number | null> {
    const cached = this.cache.get(userId);
    if (cached && Date.now() - cached.readAt < this.config.SESSION_VERSION_CACHE_MS) return cached.version;
    const version = await within(this.fromRedis(userId), REDIS_ANSWER_WITHIN_MS).catch(async (err: unknown) => {
      this.logger.warn({ err }, 'session version: Redis unavailable, reading PostgreSQL');
      return this.fromDatabase(userId).catch((dbErr: unknown) => {
        this.logger.error({ err: dbErr }, 'session version: no store answered; refusing the token');
        return null;
      });
    });
    if (version === null) this.cache.delete(userId);
    else this.cache.set(userId, { version, readAt: Date.now() });
    return version;
  }

  /** Ends every access token of the user, inside the caller's transaction; publish() after commit. */
  async bump(manager: EntityManager, userId: string): Promise<number> {
    const [rows] = await manager.query(`UPDATE app_user SET session_version = session_version + 1 WHERE id = $1 RETURNING session_version`, [userId]);
    return rows[0].session_version as number;
  }

  /** Makes a committed bump visible to every replica; a failed write heals within REDIS_COPY_TTL_MS. */
  async publish(userId: string, version: number): Promise<void> {
    this.cache.set(userId, { version, readAt: Date.now() });
    await within(this.setIfHigher(userId, version), REDIS_ANSWER_WITHIN_MS).catch((err: unknown) => this.logger.error({ err, userId }, 'session version: Redis write failed after a bump'));
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  private key(userId: string): string {
    return `${this.config.QUEUE_PREFIX}:session-version:${userId}`;
  }

  private async fromRedis(userId: string): Promise<number | null> {
    const stored = await this.redis.get(this.key(userId));
    if (stored !== null) return Number(stored);
    // Missing (first use, expired or flushed): re-fill from the truth.
    const version = await this.fromDatabase(userId);
    if (version === null) return null;
    return this.setIfHigher(userId, version);
  }

  private async fromDatabase(userId: string): Promise<number | null> {
    const user = await this.tx.manager.findOne(UserEntity, { where: { id: userId }, select: { id: true, sessionVersion: true } });
    return user?.sessionVersion ?? null;
  }

  private async setIfHigher(userId: string, version: number): Promise<number> {
    const result = await this.redis.eval(SET_IF_HIGHER, 1, this.key(userId), String(version), String(REDIS_COPY_TTL_MS));
    return Number(result);
  }
}
