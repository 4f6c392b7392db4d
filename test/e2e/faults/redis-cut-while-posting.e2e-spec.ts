import { Queue } from 'bullmq';
import { QueueName } from '@jalin/jobs';
import { cleanOutcome, FaultMarket, marketOutcome, postRfqBurst, seedFaultMarket } from '../../support/fault-market';
import { TcpProxy } from '../../support/tcp-proxy';
import { sleep, waitFor } from '../../support/wait-for';
import { startWorkerRun, WorkerRun } from '../../support/worker-run';

jest.setTimeout(180000);

const IKMS = 3;
const CUT_MS = 30000;
const BEFORE = 20;
const DURING = 100;

/**
 * Redis unreachable for 30 s for both the API and the worker (their connections go through a TCP
 * proxy the test cuts; the shared Redis keeps serving everyone else). RFQs posted during the cut
 * still commit through the API, their events held in the outbox; once Redis is back every RFQ is
 * matched, every event relayed once, every IKM user notified once per match.
 */
describe('Redis unreachable for 30 s while RFQs are posted', () => {
  let workerRun: WorkerRun;
  let proxy: TcpProxy;
  let market: FaultMarket;
  let domainEvents: Queue;

  beforeAll(async () => {
    workerRun = await startWorkerRun('redis_cut', QueueName.Matching);
    domainEvents = new Queue(QueueName.DomainEvents, { connection: workerRun.queue.opts.connection, prefix: workerRun.run.env.QUEUE_PREFIX });
    proxy = await TcpProxy.start(process.env.REDIS_URL!);
    const { url } = await workerRun.startApi({ REDIS_URL: proxy.url() });
    market = await seedFaultMarket(url, { buyers: 5, ikms: IKMS });
    // A short claim, so a job whose completion was lost in the cut is taken again soon after.
    await workerRun.startWorker({ REDIS_URL: proxy.url(), JOB_LOCK_DURATION_MS: '5000' });
  });

  afterAll(async () => {
    proxy?.restore();
    await domainEvents?.close();
    await workerRun?.close();
    await proxy?.close();
  });

  const sql = () => workerRun.run.sql;

  it('commits every RFQ during the cut, then matches and notifies each exactly once', async () => {
    const before = await postRfqBurst(market, BEFORE, 5);
    await waitFor('the RFQs posted before the cut matched', () => marketOutcome(sql(), before, IKMS), (o) => o.notDone === 0, { timeoutMs: 30000 });

    proxy.cut();
    const cutAt = Date.now();
    const during: string[] = [];
    try {
      // Posted through the whole cut, a few at a time: each must commit as if Redis were there.
      for (let wave = 0; wave < 10; wave++) {
        await postRfqBurst(market, DURING / 10, 5, during);
        await sleep(Math.max(0, cutAt + ((wave + 1) * (CUT_MS - 2000)) / 10 - Date.now()));
      }
      expect(during).toHaveLength(DURING);
      expect(proxy.isCut).toBe(true);
      // Nothing reached the queues meanwhile: every event of those RFQs waits in the outbox.
      const { rows: [held] } = await sql().query(
        `SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL AND name = 'rfqs.matching-requested' AND (payload->>'rfqId')::uuid = ANY($1::uuid[])`,
        [during],
      );
      expect(held.n).toBe(DURING);
      await sleep(Math.max(0, cutAt + CUT_MS - Date.now()));
    } finally {
      proxy.restore();
    }
    expect(Date.now() - cutAt).toBeGreaterThanOrEqual(CUT_MS);

    const all = [...before, ...during];
    const outcome = await waitFor(
      'every RFQ matched and notified once after Redis is back',
      () => marketOutcome(sql(), all, IKMS),
      (o) => o.notDone === 0 && o.matchedNotifications === all.length * IKMS && o.unpublishedEvents === 0,
      { timeoutMs: 60000, intervalMs: 500 },
    );
    expect(outcome).toEqual(cleanOutcome(all.length, IKMS));
    const { rows: [{ events }] } = await sql().query(`SELECT count(*)::int AS events FROM outbox_event`);
    await waitFor('every event job completed', () => domainEvents.getJobCounts('completed'), (c) => c.completed === events, { timeoutMs: 30000 });
    expect(await domainEvents.getJobCounts('completed', 'failed')).toEqual({ completed: events, failed: 0 });
    expect(await workerRun.queue.getJobCounts('failed')).toEqual({ failed: 0 });
  });
});
