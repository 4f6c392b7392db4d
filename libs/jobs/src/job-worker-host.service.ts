import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Job, Worker } from 'bullmq';
import { AppConfig } from '@jalin/config';
import { JOB_QUEUE } from './job-catalog';
import { JOB_HANDLER, JobRunContext } from './job-handler.decorator';
import { JobName } from './job-name.enum';
import { createRedisConnection, RedisClient } from './redis-connection/create-redis-connection';
import { bullmqPrefix } from './redis-connection/redis-url';
import { QueueName } from './queue-name.enum';

type BoundHandler = (payload: unknown, context: JobRunContext) => Promise<unknown>;

export class MissingJobHandlerError extends Error {}

/**
 * Runs a BullMQ worker per queue and routes each job to its @JobHandler. Start-up fails when a
 * job kind has no handler or two (Immich habit), so a deploy cannot silently drop work.
 *
 * On shutdown it stops taking jobs and lets the active ones finish in onModuleDestroy, the first
 * step of Nest's shutdown, while everything a handler uses (database, producer, which close in
 * onApplicationShutdown) is still open.
 */
@Injectable()
export class JobWorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobWorkerHost.name);
  private readonly workers: Worker[] = [];
  /** BullMQ does not close a connection it was given: the host owns these. */
  private readonly connections: RedisClient[] = [];
  private handlers = new Map<JobName, BoundHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.handlers = this.collectHandlers();
    for (const queueName of new Set(Object.values(JOB_QUEUE))) this.startWorker(queueName);
  }

  private collectHandlers(): Map<JobName, BoundHandler> {
    const found = new Map<JobName, BoundHandler>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, prototype[method]);
        if (!name) continue;
        if (found.has(name)) throw new MissingJobHandlerError(`Job ${name} has two handlers`);
        found.set(name, (instance[method] as BoundHandler).bind(instance));
      }
    }
    const missing = Object.values(JobName).filter((name) => !found.has(name));
    if (missing.length > 0) {
      throw new MissingJobHandlerError(`No handler for job(s): ${missing.join(', ')}; refusing to start`);
    }
    return found;
  }

  private startWorker(queueName: QueueName): void {
    const connection = createRedisConnection(this.config.REDIS_URL, 'worker');
    this.connections.push(connection);
    const worker = new Worker(queueName, (job) => this.run(job), {
      connection,
      prefix: bullmqPrefix(this.config),
      concurrency: this.config.WORKER_CONCURRENCY,
      lockDuration: this.config.JOB_LOCK_DURATION_MS,
      stalledInterval: this.config.JOB_LOCK_DURATION_MS,
    });
    worker.on('failed', (job, error) =>
      this.logger.warn({ queue: queueName, jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, err: error }, 'job failed'),
    );
    worker.on('error', (error) => this.logger.error({ queue: queueName, err: error }, 'worker error'));
    this.workers.push(worker);
  }

  private async run(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new MissingJobHandlerError(`No handler for job ${job.name}`);
    return handler(job.data, { jobId: String(job.id), attempt: job.attemptsMade + 1, maxAttempts: job.opts.attempts ?? 1 });
  }

  /**
   * Waits for active jobs to finish (BullMQ close), bounded by SHUTDOWN_TIMEOUT_MS; after that the
   * workers are closed by force and their jobs, still locked, are picked up again by a replica once
   * the lock expires (BullMQ's stalled-job check). Then the connections are closed, so the process
   * can end.
   */
  async onModuleDestroy(): Promise<void> {
    const closing = Promise.all(this.workers.map((w) => w.close()));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), this.config.SHUTDOWN_TIMEOUT_MS)));
    const outcome = await Promise.race([closing, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.logger.warn({ graceMs: this.config.SHUTDOWN_TIMEOUT_MS }, 'jobs still running after the grace period; closing workers by force');
      await Promise.all(this.workers.map((w) => w.close(true).catch(() => undefined)));
    }
    for (const connection of this.connections) connection.disconnect();
  }
}
