import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Job, Worker } from 'bullmq';
import { AppConfig } from '@jalin/config';
import { JOB_QUEUE } from './job-catalog';
import { JOB_HANDLER, JobRunContext } from './job-handler.decorator';
import { JobName } from './job-name.enum';
import { createRedisConnection } from './queue-connection';
import { QueueName } from './queue-name.enum';

type BoundHandler = (payload: unknown, context: JobRunContext) => Promise<unknown>;

export class MissingJobHandlerError extends Error {}

/**
 * Runs a BullMQ worker per queue and routes each job to its @JobHandler. Start-up fails when a
 * job kind has no handler or two (Immich habit), so a deploy cannot silently drop work.
 */
@Injectable()
export class JobWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorkerHost.name);
  private readonly workers: Worker[] = [];
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
    const worker = new Worker(queueName, (job) => this.run(job), {
      connection: createRedisConnection(this.config.REDIS_URL, 'worker'),
      prefix: this.config.QUEUE_PREFIX,
      concurrency: this.config.WORKER_CONCURRENCY,
    });
    worker.on('failed', (job, error) =>
      this.logger.warn({ queue: queueName, jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, err: error.message }, 'job failed'),
    );
    worker.on('error', (error) => this.logger.error({ queue: queueName, err: error.message }, 'worker error'));
    this.workers.push(worker);
  }

  private async run(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new MissingJobHandlerError(`No handler for job ${job.name}`);
    return handler(job.data, { jobId: String(job.id), attempt: job.attemptsMade + 1 });
  }

  /** Waits for active jobs to finish (BullMQ close), bounded by SHUTDOWN_TIMEOUT_MS. */
  async onApplicationShutdown(): Promise<void> {
    const closing = Promise.all(this.workers.map((w) => w.close()));
    const timeout = new Promise((resolve) => setTimeout(resolve, this.config.SHUTDOWN_TIMEOUT_MS).unref());
    await Promise.race([closing, timeout]);
  }
}
