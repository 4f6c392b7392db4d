import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@jalin/config';
import { createRedisConnection, RedisClient } from '@jalin/jobs';

@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly redis: RedisClient;

  constructor(
    private readonly health: HealthIndicatorService,
    config: AppConfig,
  ) {
    this.redis = createRedisConnection(config.REDIS_URL, 'client');
    this.redis.on('error', () => undefined); // reported through readiness, not as log noise
  }

  async check(key = 'redis') {
    const indicator = this.health.check(key);
    try {
      const pong = await Promise.race([
        this.redis.ping(),
        new Promise<string>((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref()),
      ]);
      return pong === 'PONG' ? indicator.up() : indicator.down({ message: `unexpected reply ${pong}` });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
