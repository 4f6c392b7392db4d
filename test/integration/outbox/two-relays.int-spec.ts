import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { DomainEventName, QueueName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { startWorker, testConfig } from '@jalin/testing';
import { startScratchRun, ScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(60000);

describe('outbox: two worker replicas relay the same table at once', () => {
  let run: ScratchRun;
  let workers: INestApplicationContext[] = [];
  let redis: Redis;
  let queue: Queue;

  beforeAll(async () => {
    run = await startScratchRun('outbox_pair');
    // Small batches and a short poll, so the two relays take turns on the same rows.
    const config = testConfig({ ...run.env, OUTBOX_BATCH_SIZE: '10', OUTBOX_POLL_MS: '20' });
    workers = [await startWorker(config), await startWorker(config)];
    redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
    queue = new Queue(QueueName.DomainEvents, { connection: redis, prefix: run.env.QUEUE_PREFIX });
  });

  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await queue?.close();
    redis?.disconnect();
    await run?.drop();
  });

  it('publishes each of 200 events once, runs one job per event, and audits each once', async () => {
    // Four transactions, each like a mutation that writes several events.
    for (let part = 0; part < 4; part++) {
      await workers[part % 2].get(DataSource).transaction((manager) =>
        workers[part % 2].get(OutboxWriter).appendMany(
          manager,
          DomainEventName.UserRegistered,
          Array.from({ length: 50 }, () => ({ userId: randomUUID(), organizationId: randomUUID(), role: 'BUYER' })),
        ),
      );
    }
    const ids = (await run.sql.query<{ id: string }>(`SELECT id::text FROM outbox_event ORDER BY id`)).rows.map((r) => r.id);
    expect(ids).toHaveLength(200);

    await waitFor(
      'every event to be published',
      async () => (await run.sql.query(`SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL`)).rows[0].n,
      (unpublished) => unpublished === 0,
      { timeoutMs: 30000 },
    );
    // Published once each: no row went out in two batches.
    const attempts = (await run.sql.query(`SELECT publish_attempts AS n, count(*)::int AS rows FROM outbox_event GROUP BY 1`)).rows;
    expect(attempts).toEqual([{ n: 1, rows: 200 }]);

    await waitFor(
      'every job to complete',
      () => queue.getJobCounts('completed'),
      (c) => c.completed === 200,
      { timeoutMs: 30000 },
    );
    expect(await queue.getJobCounts('completed', 'waiting', 'active', 'delayed', 'failed')).toEqual({
      completed: 200, waiting: 0, active: 0, delayed: 0, failed: 0,
    });
    const jobIds = (await queue.getJobs(['completed'], 0, -1)).map((job) => job.id).sort();
    expect(jobIds).toEqual(ids.map((id) => `evt-${id}`).sort());

    await waitFor(
      'one audit entry per event',
      async () => (await run.sql.query(`SELECT count(*)::int AS n FROM audit_entry`)).rows[0].n,
      (n) => n >= 200,
    );
    const audit = (await run.sql.query(
      `SELECT count(*)::int AS entries, count(DISTINCT event_id)::int AS events,
              count(*) FILTER (WHERE event_id NOT IN (SELECT id FROM outbox_event))::int AS strays
         FROM audit_entry`,
    )).rows[0];
    expect(audit).toEqual({ entries: 200, events: 200, strays: 0 });
  });
});
