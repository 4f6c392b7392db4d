import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { AppConfig } from '@jalin/config';
import { createRedisConnection, RedisClient } from '@jalin/jobs';
import { DeliveryMessage, StoredNotification, toDeliveryMessage } from '../delivery/delivery-message';
import { NotificationChannel } from '../notification-channel.enum';
import { liveChannel } from './live-channel';

/** A subscriber: hands a message on; `since` is when it subscribed (older notifications are not live news). */
interface Listener {
  deliver(message: DeliveryMessage): void;
  since: Date;
}

/** Messages kept per subscriber while it is slow to read; older ones are dropped (they stay listed). */
const MAX_BUFFERED = 100;
/**
 * Notification ids already handed on by this replica. A worker's publish can arrive twice (a
 * publish retried after a timeout that had in fact gone through, a Redis failover); a
 * subscriber hears each notification once.
 */
const RECENT_IDS = { max: 20_000, ttl: 15 * 60_000 };
/**
 * Redis pub/sub is at most once: a publish made while a subscriber's node fails over is lost. Every
 * RECOVERY_MS the replica asks PostgreSQL (where the notification was stored before it was
 * published) for its subscribers' in-app notifications of the last RECOVERY_WINDOW_MS, and hands on
 * those it has not (the ids above), so a lost publish arrives a few seconds late instead of never.
 */
const RECOVERY_MS = 2_000;
const RECOVERY_WINDOW_MS = 60_000;
const RECOVERY_BATCH = 500;

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
  private recoveryTimer?: NodeJS.Timeout;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

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
      this.handOn(message, null);
    });
    this.recoveryTimer = setInterval(() => void this.recover().catch((error: Error) => this.logger.warn({ err: error }, 'live notifications: recovery failed')), RECOVERY_MS);
    this.recoveryTimer.unref();
  }

  /**
   * To this replica's subscribers of the user, once per notification id. A recovered one (made at
   * `recoveredFrom`) only to those subscribed before it was made: older ones are in the inbox, not news.
   */
  private handOn(message: DeliveryMessage, recoveredFrom: Date | null): void {
    const listeners = this.listeners.get(message.userId);
    if (!listeners || this.handedOn.has(message.id)) return;
    this.handedOn.set(message.id, true);
    for (const listener of listeners) if (recoveredFrom === null || recoveredFrom >= listener.since) listener.deliver(message);
  }

  /** The in-app notifications of this replica's subscribers that a lost publish kept from them. */
  private async recover(): Promise<void> {
    if (this.listeners.size === 0) return;
    const rows: StoredNotification[] = await this.dataSource.query(
      `SELECT n.id, n.user_id AS "userId", n.type, n.locale, n.title, n.body, n.link, n.data, n.created_at AS "createdAt"
         FROM notification n
         JOIN notification_delivery d ON d.notification_id = n.id AND d.channel = $3
        WHERE n.user_id = ANY($1::uuid[]) AND n.created_at >= now() - make_interval(secs => $2)
        ORDER BY n.created_at, n.id LIMIT ${RECOVERY_BATCH}`,
      [[...this.listeners.keys()], RECOVERY_WINDOW_MS / 1000, NotificationChannel.IN_APP],
    );
    for (const row of rows) this.handOn(toDeliveryMessage(row), row.createdAt);
  }

  /** An async iterator of the user's live notifications, ended when the client unsubscribes. */
  listen(userId: string): AsyncIterableIterator<DeliveryMessage> {
    const buffer: DeliveryMessage[] = [];
    let wake: ((result: IteratorResult<DeliveryMessage>) => void) | null = null;
    let done = false;
    const deliver = (message: DeliveryMessage) => {
      if (wake) {
        const w = wake;
        wake = null;
        w({ value: message, done: false });
      } else if (buffer.length < MAX_BUFFERED) {
        buffer.push(message);
      }
    };
    // A moment's slack: a notification made as the client subscribed is news to it.
    const listener: Listener = { deliver, since: new Date(Date.now() - 1_000) };
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
    clearInterval(this.recoveryTimer);
    for (const close of [...this.closers]) close();
    this.connection?.disconnect();
  }
}
