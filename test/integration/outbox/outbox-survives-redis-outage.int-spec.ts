import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QueueName } from '@jalin/jobs';
import { GraphqlClient, registerAccount, RunningApi, startApi, startWorker, testConfig } from '@jalin/testing';
import { startScratchRun, ScratchRun } from '../../support/scratch-run';
import { TcpProxy } from '../../support/tcp-proxy';
import { sleep, waitFor } from '../../support/wait-for';

jest.setTimeout(60000);

interface OutboxRow {
  id: string;
  name: string;
  user_id: string;
  published_at: Date | null;
  publish_attempts: number;
}

describe('outbox: changes made while Redis is unreachable for the worker are published exactly once when it returns', () => {
  let run: ScratchRun;
  let proxy: TcpProxy;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let redis: Redis;
  let queue: Queue;

  beforeAll(async () => {
    run = await startScratchRun('outbox_outage');
    proxy = await TcpProxy.start(process.env.REDIS_URL!);
    api = await startApi(testConfig(run.env));
    worker = await startWorker(testConfig({ ...run.env, REDIS_URL: proxy.url(), OUTBOX_POLL_MS: '50' }));
    redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
    queue = new Queue(QueueName.DomainEvents, { connection: redis, prefix: run.env.QUEUE_PREFIX });
  });

  afterAll(async () => {
    proxy?.restore();
    await worker?.close();
    await api?.close();
    await queue?.close();
    redis?.disconnect();
    await proxy?.close();
    await run?.drop();
  });

  const outboxRows = async (userIds: string[]) =>
    (
      await run.sql.query<OutboxRow>(
        `SELECT id, name, payload->>'userId' AS user_id, published_at, publish_attempts FROM outbox_event WHERE payload->>'userId' = ANY($1) ORDER BY id`,
        [userIds],
      )
    ).rows;

  const auditCounts = async (eventIds: string[]) =>
    (
      await run.sql.query<{ event_id: string; n: number }>(
        `SELECT event_id::text, count(*)::int AS n FROM audit_entry WHERE event_id = ANY($1::bigint[]) GROUP BY event_id`,
        [eventIds],
      )
    ).rows;

  it('commits registrations during the outage, keeps their events unpublished, then publishes and audits each once', async () => {
    proxy.cut();

    // Registrations go through the API, which still reaches Redis: they must commit.
    const anonymous = () => new GraphqlClient(api.url);
    const accounts = await Promise.all(Array.from({ length: 5 }, () => registerAccount(anonymous())));
    const userIds = accounts.map((a) => a.userId);

    const written = await outboxRows(userIds);
    expect(written).toHaveLength(5);
    expect(new Set(written.map((r) => r.name))).toEqual(new Set(['identity.user-registered']));

    // The relay polls every 50 ms: give it many rounds to (wrongly) mark anything published.
    await sleep(3000);
    const duringOutage = await outboxRows(userIds);
    expect(duringOutage.map((r) => r.published_at)).toEqual([null, null, null, null, null]);
    expect(await auditCounts(written.map((r) => r.id))).toEqual([]);
    // Waiting for Redis must not hold a database transaction (and its row locks) open for the
    // length of the outage: each attempt gives up within a second and rolls back.
    const longTransactions = await run.sql.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND xact_start < now() - interval '2 seconds'`,
    );
    expect(longTransactions.rows[0].n).toBe(0);

    proxy.restore();

    const published = await waitFor(
      'every event of the outage to be published',
      () => outboxRows(userIds),
      (rows) => rows.every((r) => r.published_at !== null),
      { timeoutMs: 20000 },
    );
    const eventIds = published.map((r) => r.id);
    expect(published.map((r) => r.publish_attempts)).toEqual([1, 1, 1, 1, 1]);

    await waitFor(
      'one audit entry per event',
      () => auditCounts(eventIds),
      (rows) => rows.length === eventIds.length,
      { timeoutMs: 20000 },
    );

    for (const row of published) {
      const job = await queue.getJob(`evt-${row.id}`);
      expect(job?.data).toMatchObject({ eventId: row.id, name: 'identity.user-registered', payload: { userId: row.user_id } });
    }
    // This run's queue holds nothing but these jobs: one each, all done, none failed or retried.
    const counts = await waitFor(
      'the jobs to complete',
      () => queue.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed', 'prioritized', 'waiting-children'),
      (c) => c.completed === eventIds.length,
    );
    expect(counts).toEqual({ completed: 5, failed: 0, waiting: 0, active: 0, delayed: 0, prioritized: 0, 'waiting-children': 0 });
    expect((await auditCounts(eventIds)).map((r) => r.n)).toEqual([1, 1, 1, 1, 1]);
    expect((await run.sql.query('SELECT count(*)::int AS n FROM outbox_event')).rows[0].n).toBe(5);
  });
});
