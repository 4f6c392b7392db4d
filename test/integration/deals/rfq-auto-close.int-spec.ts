import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { JOB_QUEUE, JobName } from '@jalin/jobs';
import { RunningApi, startApi, startWorker, testConfig, GraphqlClient, registerAccount } from '@jalin/testing';
import { AUTO_CLOSE_SCHEDULER_ID } from '@jalin/sourcing';
import { postRfq } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(60000);

/** The worker closes OPEN RFQs RFQ_AUTO_CLOSE_DAYS after their quote deadline, on a BullMQ schedule. */
describe('automatic close of RFQs without an award', () => {
  let run: ScratchRun;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let redis: Redis;
  let queue: Queue;

  beforeAll(async () => {
    run = await startScratchRun('deals_autoclose');
    const config = testConfig({ ...run.env, RFQ_AUTO_CLOSE_DAYS: '3', RFQ_AUTO_CLOSE_SWEEP_MS: '1000', OUTBOX_POLL_MS: '50' });
    api = await startApi(config);
    worker = await startWorker(config);
    redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
    queue = new Queue(JOB_QUEUE[JobName.CloseExpiredRfqs], { connection: redis, prefix: run.env.QUEUE_PREFIX });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await queue?.close();
    redis?.disconnect();
    await run?.drop();
  });

  it('closes an RFQ past the configured days, keeps a younger one and an awarded one, and says so in the outbox', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key ?? s.id)).toContain(AUTO_CLOSE_SCHEDULER_ID);
    expect(schedulers[0].every).toBe(1000);

    const buyer = await registerAccount(new GraphqlClient(api.url), { role: 'BUYER' });
    const [old, young, awarded] = [await postRfq(buyer.client), await postRfq(buyer.client), await postRfq(buyer.client)];
    await run.sql.query(`UPDATE rfq SET quote_deadline = now() - interval '4 days' WHERE id = ANY($1::uuid[])`, [[old, awarded]]);
    await run.sql.query(`UPDATE rfq SET status = 'AWARDED' WHERE id = $1`, [awarded]);
    await run.sql.query(`UPDATE rfq SET quote_deadline = now() - interval '2 days' WHERE id = $1`, [young]);

    const status = async (id: string) => (await run.sql.query(`SELECT status FROM rfq WHERE id = $1`, [id])).rows[0].status;
    await waitFor('the old RFQ closed', () => status(old), (s) => s === 'CLOSED', { timeoutMs: 20000 });
    expect(await status(young)).toBe('OPEN');
    expect(await status(awarded)).toBe('AWARDED');
    const { rows } = await run.sql.query(`SELECT payload FROM outbox_event WHERE name = 'rfqs.closed'`);
    expect(rows.map((r: any) => r.payload)).toEqual([expect.objectContaining({ rfqId: old, automatic: true, byUserId: null })]);
    // The worker's audit subscriber records it.
    await waitFor('the close audited', async () => (await run.sql.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'rfqs.closed'`)).rows[0].n, (n) => n === 1);
  });
});
