import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@jalin/config';
import { createRedisConnection, RedisClient } from '@jalin/jobs';
import { liveChannel } from '../live/live-channel';
import { DeliveryMessage } from './delivery-message';

const PUBLISH_TIMEOUT_MS = 5000;

/**
 * The stored notification is the in-app delivery; this pushes it live to the API replicas, each
 * of which hands it to its own subscribers of that user.
 */
@Injectable()
export class InAppSender implements OnApplicationShutdown {
  private connection: RedisClient | null = null;

  constructor(private readonly config: AppConfig) {}

  async send(message: DeliveryMessage): Promise<void> {
    // Queues commands while connecting; the timeout turns an outage into a retried failure.
    this.connection ??= createRedisConnection(this.config.REDIS_URL, 'worker');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('Redis publish timed out')), PUBLISH_TIMEOUT_MS)));
    try {
      await Promise.race([this.connection.publish(liveChannel(this.config.QUEUE_PREFIX), JSON.stringify(message)), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  onApplicationShutdown(): void {
    this.connection?.disconnect();
  }
}
