import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QueueName } from '@jalin/jobs';
import { AppProcess, freePort } from './app-process';
import { startScratchRun, ScratchRun } from './scratch-run';

export interface WorkerRun {
  run: ScratchRun;
  /** The queue the test watches, on the run's own prefix. */
  queue: Queue;
  /** A real worker process on the run's database and prefix, once it says it has started. */
  startWorker(env?: Record<string, string>): Promise<AppProcess>;
  /** A real API process on the run's database and prefix, once it listens; `url` is its /graphql. */
  startApi(env?: Record<string, string>): Promise<{ api: AppProcess; url: string }>;
  /** Kills every process started, closes the queue and drops the run. */
  close(): Promise<void>;
}

/** What the fault e2e tests share: their own database and prefix, one watched queue, worker processes. */
export async function startWorkerRun(tag: string, queueName: QueueName): Promise<WorkerRun> {
  const run = await startScratchRun(tag);
  const redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
  const queue = new Queue(queueName, { connection: redis, prefix: run.env.QUEUE_PREFIX });
  const workers: AppProcess[] = [];
  return {
    run,
    queue,
    async startWorker(env = {}) {
      const worker = new AppProcess('apps/worker/src/main.ts', { ...process.env, ...run.env, LOG_LEVEL: 'warn', OUTBOX_POLL_MS: '50', ...env });
      workers.push(worker);
      await worker.waitForOutput(/Jalin worker started/);
      return worker;
    },
    async startApi(env = {}) {
      const port = await freePort();
      const api = new AppProcess('apps/api/src/main.ts', { ...process.env, ...run.env, LOG_LEVEL: 'warn', PORT: String(port), ...env });
      workers.push(api);
      await api.waitForOutput(/Jalin API listening/);
      return { api, url: `http://127.0.0.1:${port}/graphql` };
    },
    async close() {
      await Promise.all(workers.map((w) => w.kill()));
      await queue.close();
      redis.disconnect();
      await run.drop();
    },
  };
}
