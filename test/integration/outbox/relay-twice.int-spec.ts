import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { DomainEventName, QueueName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { startWorker, testConfig } from '@jalin/testing';
import { startScratchRun, ScratchRun } from '../../support/scratch-run';
import { sleep, waitFor } from '../../support/wait-for';

jest.setTimeout(60000);

describe('outbox: relaying the same rows again is harmless', () => {
  let run: ScratchRun;
  let worker: INestApplicationContext;
  let redis: Redis;
  let queue: Queue;

  beforeAll(async () => {
    run = await startScratchRun('outbox_twice');
    worker = await startWorker(testConfig({ ...run.env, OUTBOX_POLL_MS: '50' }));
    redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
    queue = new Queue(QueueName.DomainEvents, { connection: redis, prefix: run.env.QUEUE_PREFIX });
  });

  afterAll(async () => {
    await worker?.close();
    await queue?.close();
    redis?.disconnect();
    await run?.drop();
  });

  /** Registrations as the identity module writes them: in one transaction, through the app's writer. */
  const writeRegistrations = async (count: number): Promise<string[]> => {
    const userIds = Array.from({ length: count }, () => randomUUID());
    await worker.get(DataSource).transaction((manager) =>
      worker.get(OutboxWriter).appendMany(
        manager,
        DomainEventName.UserRegistered,
        userIds.map((userId) => ({ userId, organizationId: randomUUID(), role: 'IKM' })),
      ),
    );
    const { rows } = await run.sql.query<{ id: string }>(
      `SELECT id::text FROM outbox_event WHERE payload->>'userId' = ANY($1) ORDER BY id`,
      [userIds],
    );
    return rows.map((r) => r.id);
  };

  const publishAttempts = async (ids: string[]) =>
    (await run.sql.query<{ n: number; published: boolean }>(
      `SELECT publish_attempts AS n, published_at IS NOT NULL AS published FROM outbox_event WHERE id = ANY($1::bigint[]) ORDER BY id`,
      [ids],
    )).rows;

  const auditCounts = async (ids: string[]) =>
    (await run.sql.query<{ n: number }>(
      `SELECT count(a.id)::int AS n FROM unnest($1::bigint[]) AS e(id) LEFT JOIN audit_entry a ON a.event_id = e.id GROUP BY e.id ORDER BY e.id`,
      [ids],
    )).rows.map((r) => r.n);

  const completedJobs = async (ids: string[]): Promise<Job[]> => {
    const states = await waitFor(
      'every job to complete',
      () => Promise.all(ids.map((id) => queue.getJobState(`evt-${id}`))),
      (all) => all.every((state) => state === 'completed'),
    );
    expect(states).toHaveLength(ids.length);
    return (await Promise.all(ids.map((id) => queue.getJob(`evt-${id}`)))) as Job[];
  };

  const publishAgain = (ids: string[]) =>
    run.sql.query(`UPDATE outbox_event SET published_at = NULL WHERE id = ANY($1::bigint[])`, [ids]);

  it('adds no second job while the first is kept, and the audit keeps one entry per event', async () => {
    const ids = await writeRegistrations(3);
    await waitFor('one audit entry per event', () => auditCounts(ids), (n) => n.every((c) => c === 1));
    const first = await completedJobs(ids);

    // As if the relay died after Redis took the jobs but before its commit: the rows go out again.
    await publishAgain(ids);
    await waitFor('the rows to be published a second time', () => publishAttempts(ids), (rows) => rows.every((r) => r.published && r.n === 2));
    await sleep(500);

    const again = await completedJobs(ids);
    expect(again.map((j) => [j.id, j.finishedOn, j.attemptsMade])).toEqual(first.map((j) => [j.id, j.finishedOn, j.attemptsMade]));
    expect(await queue.getJobCounts('completed', 'waiting', 'active', 'delayed', 'failed')).toEqual({
      completed: 3, waiting: 0, active: 0, delayed: 0, failed: 0,
    });
    expect(await auditCounts(ids)).toEqual([1, 1, 1]);
  });

  it('runs an event again once its job is gone (retention), and the subscriber still records it once', async () => {
    const ids = await writeRegistrations(2);
    await waitFor('one audit entry per event', () => auditCounts(ids), (n) => n.every((c) => c === 1));
    const first = await completedJobs(ids);
    const auditBefore = (await run.sql.query(`SELECT id::text, event_id::text FROM audit_entry WHERE event_id = ANY($1::bigint[]) ORDER BY event_id`, [ids])).rows;

    for (const job of first) await job.remove();
    await publishAgain(ids);

    const second = await waitFor(
      'the events to run a second time',
      () => completedJobs(ids),
      (jobs) => jobs.every((job, i) => job.timestamp > first[i].timestamp),
    );
    expect(second.map((j) => j.id)).toEqual(ids.map((id) => `evt-${id}`));
    expect(second.every((j) => j.failedReason === undefined)).toBe(true);
    const auditAfter = (await run.sql.query(`SELECT id::text, event_id::text FROM audit_entry WHERE event_id = ANY($1::bigint[]) ORDER BY event_id`, [ids])).rows;
    expect(auditAfter).toEqual(auditBefore);
  });
});
