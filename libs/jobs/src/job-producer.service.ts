import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { AppConfig } from '@jalin/config';
import { JOB_QUEUE, JobPayloads } from './job-catalog';
import { JobName } from './job-name.enum';
import { createRedisConnection, RedisClient } from './redis-connection/create-redis-connection';
import { bullmqPrefix } from './redis-connection/redis-url';
import { QueueName } from './queue-name.enum';

/** Retries with exponential backoff; finished jobs are kept long enough for fixed ids to dedupe. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export interface TypedJob<J extends JobName = JobName> {
  name: J;
  payload: JobPayloads[J];
  /** A fixed id makes a repeated add a no-op while the job is kept. */
  jobId?: string;
  delayMs?: number;
  /** Overrides the queue's default attempts (with exponential backoff from `backoffDelayMs`). */
  attempts?: number;
  backoffDelayMs?: number;
  /**
   * Debounce: while a job with this id waits (its `delayMs`), a new add replaces it and restarts
   * the wait, so a burst of adds runs once, with the last payload (BullMQ deduplication).
   */
  debounceId?: string;
}

/** Thrown instead of waiting when Redis cannot take jobs right now; the caller retries later. */
export class QueueUnavailableError extends Error {}

/** How long an add waits for the connection (it is still connecting right after start-up). */
const READY_WAIT_MS = 1000;

/**
 * Adds typed jobs to their queues. Only the outbox relay and worker-side code use it directly.
 * It waits for Redis at most READY_WAIT_MS: while the connection is down an add fails quickly, so
 * the outbox relay rolls back and retries instead of holding its transaction (and row locks) open
 * for the length of an outage. It closes in onApplicationShutdown, after job handlers and the relay
 * (which stop in onModuleDestroy) can no longer need it.
 */
@Injectable()
export class JobProducer implements OnApplicationShutdown {
  private readonly logger = new Logger(JobProducer.name);
  private readonly connection: RedisClient;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly config: AppConfig) {
    this.connection = createRedisConnection(config.REDIS_URL, 'producer');
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: bullmqPrefix(this.config), defaultJobOptions: DEFAULT_JOB_OPTIONS });
      // Without a listener BullMQ prints connection errors with console.error, outside the JSON logs.
      queue.on('error', (error) => this.logger.warn({ queue: name, err: error }, 'queue connection error'));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /**
   * The queue, once its connection is ready. BullMQ would otherwise wait (without bound) for Redis
   * when a queue is first used during an outage; a queue whose start-up failed is dropped and made
   * again on the next call.
   */
  private async readyQueue(name: QueueName): Promise<Queue> {
    if (!(await this.connectionReady())) {
      throw new QueueUnavailableError(`Redis is not reachable (connection ${this.connection.status}); jobs for ${name} not added`);
    }
    const queue = this.queue(name);
    try {
      await queue.waitUntilReady();
    } catch (error) {
      this.queues.delete(name);
      queue.close().catch(() => undefined);
      throw error;
    }
    return queue;
  }

  private connectionReady(): Promise<boolean> {
    if (this.connection.status === 'ready') return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ready: boolean) => {
        clearTimeout(timer);
        this.connection.off('ready', onReady);
        resolve(ready);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => done(false), READY_WAIT_MS);
      this.connection.once('ready', onReady);
    });
  }

  async add<J extends JobName>(job: TypedJob<J>): Promise<void> {
    await this.addBulk([job]);
  }

  /** Groups by queue; each queue's batch goes to Redis in one round trip. */
  async addBulk(jobs: TypedJob[]): Promise<void> {
    const byQueue = new Map<QueueName, TypedJob[]>();
    for (const job of jobs) {
      const queue = JOB_QUEUE[job.name];
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), job]);
    }
    for (const [queueName, batch] of byQueue) {
      const queue = await this.readyQueue(queueName);
      await queue.addBulk(
        batch.map((j) => ({
          name: j.name,
          data: j.payload,
          opts: {
            jobId: j.jobId,
            delay: j.delayMs,
            ...(j.attempts === undefined ? {} : { attempts: j.attempts }),
            ...(j.backoffDelayMs === undefined ? {} : { backoff: { type: 'exponential', delay: j.backoffDelayMs } }),
            ...(j.debounceId === undefined ? {} : { deduplication: { id: j.debounceId, ttl: Math.max(1, j.delayMs ?? 0), extend: true, replace: true } }),
          },
        })),
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    this.connection.disconnect();
  }
}
