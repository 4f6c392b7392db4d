import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '@jalin/config';
import { createRedisConnection, RedisClient } from '@jalin/jobs';
import { DeliveryMessage } from '../delivery/delivery-message';
import { liveChannel } from './live-channel';

type Listener = (message: DeliveryMessage) => void;

/** Messages kept per subscriber while it is slow to read; older ones are dropped (they stay listed). */
const MAX_BUFFERED = 100;
/**
 * Notification ids already handed on by this replica. A worker's publish can arrive twice (a
 * publish retried after a timeout that had in fact gone through, a Redis failover); a
 * subscriber hears each notification once.
 */
const RECENT_IDS = { max: 20_000, ttl: 15 * 60_000 };

/**
 * API side of live notifications: one Redis subscription per replica, fanned out in memory to the
 * graphql-ws subscribers of each user on this replica. A worker publishes once; every replica
 * hears it and only the one holding that user's socket passes it on.
 */
@Injectable()
export class NotificationLiveFeed implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NotificationLiveFeed.name);
  private connection: RedisClient | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly closers = new Set<() => void>();
  private readonly handedOn = new LRUCache<string, true>(RECENT_IDS);

  constructor(private readonly config: AppConfig) {}

  onModuleInit(): void {
    this.connection = createRedisConnection(this.config.REDIS_URL, 'worker');
    this.connection.subscribe(liveChannel(this.config.QUEUE_PREFIX)).catch((error: Error) => this.logger.warn({ err: error }, 'live notifications: subscribe failed'));
    this.connection.on('message', (_channel: string, raw: string) => {
      let message: DeliveryMessage;
      try {
        message = JSON.parse(raw);
      } catch {
        return;
      }
      const listeners = this.listeners.get(message.userId);
      if (!listeners || this.handedOn.has(message.id)) return;
      this.handedOn.set(message.id, true);
      for (const listener of listeners) listener(message);
    });
  }

  /** An async iterator of the user's live notifications, ended when the client unsubscribes. */
  listen(userId: string): AsyncIterableIterator<DeliveryMessage> {
    const buffer: DeliveryMessage[] = [];
    let wake: ((result: IteratorResult<DeliveryMessage>) => void) | null = null;
    let done = false;
    const listener: Listener = (message) => {
      if (wake) {
        const w = wake;
        wake = null;
        w({ value: message, done: false });
      } else if (buffer.length < MAX_BUFFERED) {
        buffer.push(message);
      }
    };
    const close = () => {
      if (done) return;
      done = true;
      this.listeners.get(userId)?.delete(listener);
      if (this.listeners.get(userId)?.size === 0) this.listeners.delete(userId);
      this.closers.delete(close);
      wake?.({ value: undefined, done: true });
      wake = null;
    };
    if (!this.listeners.has(userId)) this.listeners.set(userId, new Set());
    this.listeners.get(userId)!.add(listener);
    this.closers.add(close);
    const iterator: AsyncIterableIterator<DeliveryMessage> = {
      next: () => {
        if (buffer.length > 0) return Promise.resolve({ value: buffer.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (wake = resolve));
      },
      return: () => {
        close();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (error?: unknown) => {
        close();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  onModuleDestroy(): void {
    for (const close of [...this.closers]) close();
    this.connection?.disconnect();
  }
}
