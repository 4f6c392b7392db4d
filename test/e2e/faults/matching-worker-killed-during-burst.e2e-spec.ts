import { Queue } from 'bullmq';
import { QueueName } from '@jalin/jobs';
import { AppProcess } from '../../support/app-process';
import { cleanOutcome, FaultMarket, marketOutcome, postRfqBurst, seedFaultMarket } from '../../support/fault-market';
import { startWorkerRun, WorkerRun } from '../../support/worker-run';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(240000);

const RFQS = 1000;
const CONCURRENCY = 20;
const IKMS = 3;

/**
 * The one-RFQ kill test (test/e2e/matching) at scale: 1,000 RFQs posted through the API by 20
 * buyers, 20 at a time; the matching worker is killed with SIGKILL once part of them are matched,
 * with jobs in flight and events half relayed; a second worker takes over. In the end every RFQ is
 * matched once (one match per IKM), every match event is relayed once, and every IKM user has one
 * notification per match.
 */
describe('matching worker killed with SIGKILL during a burst of 1,000 RFQs', () => {
  let workerRun: WorkerRun;
  let market: FaultMarket;
  let domainEvents: Queue;

  beforeAll(async () => {
    workerRun = await startWorkerRun('burst_kill', QueueName.Matching);
    domainEvents = new Queue(QueueName.DomainEvents, { connection: workerRun.queue.opts.connection, prefix: workerRun.run.env.QUEUE_PREFIX });
    const { url } = await workerRun.startApi();
    market = await seedFaultMarket(url, { buyers: 20, ikms: IKMS });
  });

  afterAll(async () => {
    await domainEvents?.close();
    await workerRun?.close();
  });

  const doneCount = async (ids: string[]) =>
    (await workerRun.run.sql.query(`SELECT count(*)::int AS n FROM rfq WHERE id = ANY($1::uuid[]) AND matching_status = 'DONE'`, [ids])).rows[0].n as number;

  it('ends with every RFQ matched once and one notification per match after a second worker takes over', async () => {
    const startWorker = () => workerRun.startWorker({ JOB_LOCK_DURATION_MS: '2000' });
    const first: AppProcess = await startWorker();

    const posted: string[] = [];
    const burst = postRfqBurst(market, RFQS, CONCURRENCY, posted);
    // Killed mid-stream: some RFQs matched, others queued, in flight or not yet relayed.
    await waitFor('the first worker to match 150 RFQs', () => doneCount(posted), (n) => n >= 150, { timeoutMs: 90000, intervalMs: 200 });
    first.signal('SIGKILL');
    expect((await first.waitForExit(10000)).signal).toBe('SIGKILL');
    const doneAtKill = await doneCount(posted);
    const postedAtKill = posted.length;

    await startWorker();
    const ids = await burst;
    expect(ids).toHaveLength(RFQS);
    // The kill landed in the middle of the burst, not after it.
    expect(postedAtKill).toBeLessThan(RFQS);
    expect(doneAtKill).toBeLessThan(RFQS);

    const outcome = await waitFor(
      'every RFQ matched and notified once',
      () => marketOutcome(workerRun.run.sql, ids, IKMS),
      (o) => o.notDone === 0 && o.matchedNotifications === RFQS * IKMS && o.unpublishedEvents === 0,
      { timeoutMs: 150000, intervalMs: 500 },
    );
    expect(outcome).toEqual(cleanOutcome(RFQS, IKMS));
    // Each event in the domain-events queue once (job id = outbox id), all handled, none failed.
    const { rows: [{ events }] } = await workerRun.run.sql.query(`SELECT count(*)::int AS events FROM outbox_event`);
    await waitFor('every event job completed', () => domainEvents.getJobCounts('completed', 'failed', 'active', 'wait'), (c) => c.completed === events, { timeoutMs: 30000 });
    expect(await domainEvents.getJobCounts('completed', 'failed')).toEqual({ completed: events, failed: 0 });
    expect(await workerRun.queue.getJobCounts('failed')).toEqual({ failed: 0 });
  });
});
