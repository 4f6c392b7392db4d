import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@jalin/config';
import { createRedisConnection, RedisClient } from '@jalin/jobs';

/** Redis pub/sub channel on which workers announce profiles whose matching data changed. */
export const indexChangesChannel = (queuePrefix: string) => `${queuePrefix}:matching-index:changed`;

const READY_WAIT_MS = 2000;

export interface IndexChangeMessage {
  profileIds: string[];
}

/**
 * Tells every worker's index to re-read some profiles now. Pub/sub is fire-and-forget: a message
 * lost to a disconnect is caught by each index's periodic look at matching_profile_vector.
 */
@Injectable()
export class MatchingIndexChanges implements OnModuleDestroy {
  private connection?: RedisClient;

  constructor(private readonly config: AppConfig) {}

  async announce(profileIds: readonly string[]): Promise<void> {
    if (profileIds.length === 0) return;
    const connection = (this.connection ??= createRedisConnection(this.config.REDIS_URL, 'client'));
    const message: IndexChangeMessage = { profileIds: [...profileIds] };
    // A fresh connection refuses commands until ready; wait a little, never block the caller long.
    if (connection.status !== 'ready') await Promise.race([once(connection, 'ready'), delay(READY_WAIT_MS)]).catch(() => undefined);
    await connection.publish(indexChangesChannel(this.config.QUEUE_PREFIX), JSON.stringify(message)).catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection?.quit().catch(() => undefined);
  }
}
