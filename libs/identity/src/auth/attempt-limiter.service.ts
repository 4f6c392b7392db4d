import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '@jalin/config';
import { createRedisConnection, RedisClient } from '@jalin/jobs';
import { IdentityErrorCode, IdentityException } from '../identity.exception';

/** One limit each: the login limit is shared by its (e-mail, client) pair and client-address keys. */
export enum AttemptKind {
  Login = 'login',
  /** Failed logins of one e-mail from any client: counted, never refused (they set a delay). */
  LoginEmail = 'login-email',
  PasswordReset = 'password-reset',
  PasswordResetEmail = 'password-reset-email',
  Register = 'register',
  RegisterEmail = 'register-email',
  Refresh = 'refresh',
  RefreshAccount = 'refresh-account',
}

/** Points of a limit that only counts. */
const UNLIMITED = 1_000_000_000;
/** The window over which failed logins of one e-mail add up to a delay. */
const LOGIN_EMAIL_WINDOW_SECONDS = 15 * 60;

export interface Attempt {
  kind: AttemptKind;
  key: string;
}

/**
 * Counts attempts in Redis, shared by every API replica (rate-limiter-flexible). A point is taken
 * before the check runs, atomically, so a burst of aliases in one request or parallel requests
 * cannot slip past; a successful login gives its point back, so only failures count. If Redis is
 * down, an in-memory limiter per replica keeps the protection.
 */
@Injectable()
export class AttemptLimiter implements OnModuleDestroy {
  private readonly redis: RedisClient;
  private readonly limiters: Record<AttemptKind, RateLimiterRedis>;

  constructor(private readonly config: AppConfig) {
    this.redis = createRedisConnection(config.REDIS_URL, 'client');
    const make = (kind: AttemptKind, points: number, duration: number) =>
      new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${config.QUEUE_PREFIX}:rl:${kind}`,
        points,
        duration,
        insuranceLimiter: new RateLimiterMemory({ points, duration }),
      });
    this.limiters = {
      [AttemptKind.Login]: make(AttemptKind.Login, config.LOGIN_RATE_LIMIT_PER_MINUTE, 60),
      [AttemptKind.LoginEmail]: make(AttemptKind.LoginEmail, UNLIMITED, LOGIN_EMAIL_WINDOW_SECONDS),
      [AttemptKind.PasswordReset]: make(AttemptKind.PasswordReset, config.PASSWORD_RESET_RATE_LIMIT_PER_HOUR, 3600),
      [AttemptKind.PasswordResetEmail]: make(AttemptKind.PasswordResetEmail, config.PASSWORD_RESET_EMAIL_RATE_LIMIT_PER_HOUR, 3600),
      [AttemptKind.Register]: make(AttemptKind.Register, config.REGISTER_RATE_LIMIT_PER_HOUR, 3600),
      [AttemptKind.RegisterEmail]: make(AttemptKind.RegisterEmail, config.REGISTER_EMAIL_RATE_LIMIT_PER_HOUR, 3600),
      [AttemptKind.Refresh]: make(AttemptKind.Refresh, config.REFRESH_RATE_LIMIT_PER_MINUTE, 60),
      [AttemptKind.RefreshAccount]: make(AttemptKind.RefreshAccount, config.REFRESH_ACCOUNT_RATE_LIMIT_PER_MINUTE, 60),
    };
  }

  /** Takes one point from each key (e.g. the client address and the account); refuses when any is spent. */
  take(kind: AttemptKind, keys: string[]): Promise<void> {
    return this.takeAll(keys.map((key) => ({ kind, key })));
  }

  /** Takes one point from every attempt's limit at once; refuses when any is spent. */
  async takeAll(attempts: Attempt[]): Promise<void> {
    const results = await Promise.allSettled(attempts.map(({ kind, key }) => this.limiters[kind].consume(key)));
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (!refused) return;
    if (!(refused.reason instanceof RateLimiterRes)) throw refused.reason;
    const retryAfterSeconds = Math.ceil(refused.reason.msBeforeNext / 1000);
    throw new IdentityException(
      IdentityErrorCode.TOO_MANY_ATTEMPTS,
      `Too many attempts; try again in ${retryAfterSeconds} seconds`,
      [],
      { retryAfterSeconds },
    );
  }

  /** Counts one attempt without ever refusing; answers how many the window holds now (0 if unknown). */
  async count(kind: AttemptKind, key: string): Promise<number> {
    try {
      return (await this.limiters[kind].consume(key)).consumedPoints;
    } catch (refused) {
      return refused instanceof RateLimiterRes ? refused.consumedPoints : 0;
    }
  }

  async giveBack(kind: AttemptKind, keys: string[]): Promise<void> {
    await Promise.allSettled(keys.map((key) => this.limiters[kind].reward(key, 1)));
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
