import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '@jalin/config';
import { createRedisConnection, RedisClient } from '@jalin/jobs';

/**
 * At most REMATCH_PER_PROFILE_PER_HOUR re-matches per profile, counted in Redis for every worker
 * (an in-memory limiter per worker while Redis is down), so editing a profile over and over cannot
 * push it into more RFQs than a few honest edits would.
 */
@Injectable()
export class RematchLimiter implements OnModuleDestroy {
  private readonly redis: RedisClient;
  private readonly limiter: RateLimiterRedis;

  constructor(config: AppConfig) {
    this.redis = createRedisConnection(config.REDIS_URL, 'client');
    const points = config.REMATCH_PER_PROFILE_PER_HOUR;
    this.limiter = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${config.QUEUE_PREFIX}:rl:rematch`,
      points,
      duration: 3600,
      insuranceLimiter: new RateLimiterMemory({ points, duration: 3600 }),
    });
  }

  /** 0 when this profile may be re-matched now (the run is counted); otherwise how long to wait, in ms. */
  async take(profileId: string): Promise<number> {
    try {
      await this.limiter.consume(profileId);
      return 0;
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      return Math.max(1, refused.msBeforeNext);
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
