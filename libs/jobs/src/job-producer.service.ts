import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { AppConfig } from '@jalin/config';
import { JOB_QUEUE, JobPayloads } from './job-catalog';
import { JobName } from './job-name.enum';
import { createRedisConnection } from './queue-connection';
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
}

/** Adds typed jobs to their queues. Only the outbox relay and worker-side code use it directly. */
@Injectable()
export class JobProducer implements OnModuleDestroy {
  private readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly config: AppConfig) {
    this.connection = createRedisConnection(config.REDIS_URL, 'producer');
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.config.QUEUE_PREFIX, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      this.queues.set(name, queue);
    }
    return queue;
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
      await this.queue(queueName).addBulk(
        batch.map((j) => ({ name: j.name, data: j.payload, opts: { jobId: j.jobId, delay: j.delayMs } })),
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }
}
