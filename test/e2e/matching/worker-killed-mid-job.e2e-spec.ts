import { Queue } from 'bullmq';
import { PoolClient } from 'pg';
import { QueueName } from '@jalin/jobs';
import { ScratchRun } from '../../support/scratch-run';
import { startWorkerRun, WorkerRun } from '../../support/worker-run';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(90000);

/**
 * The matching worker killed with SIGKILL while a matching job is in flight: the job's claim lapses,
 * another worker runs it again, and the RFQ ends with exactly one set of matches and one outbox
 * event per match. The job is held in flight honestly: the test keeps the RFQ row locked, so the
 * matcher waits at its `FOR UPDATE` until the test lets go.
 */
describe('matching worker killed mid-job', () => {
  let workerRun: WorkerRun;
  let run: ScratchRun;
  let queue: Queue;

  beforeAll(async () => {
    workerRun = await startWorkerRun('match_kill', QueueName.Matching);
    ({ run, queue } = workerRun);
  });

  afterAll(async () => {
    await workerRun?.close();
  });

  const startWorker = () => workerRun.startWorker({ JOB_LOCK_DURATION_MS: '2000' });

  /** Five laser-cutting workshops in Talang and one buyer's RFQ, written as the API would. */
  const seedMarket = async (): Promise<string> => {
    for (let i = 0; i < 5; i++) {
      const { rows } = await run.sql.query(`INSERT INTO organization (name, kind) VALUES ($1, 'IKM') RETURNING id`, [`CV Las ${i}`]);
      await run.sql.query(
        `INSERT INTO capability_profile (organization_id, sectors, processes, materials, certification_codes, certifications, kbli,
           monthly_capacity, capacity_unit, min_order_quantity, lead_time_days, kecamatan_code, lat, lng)
         VALUES ($1, '{METAL}', '{LASER_CUTTING,BENDING}', '{SS400}', '{}', '[]', '[]', $2, 'pcs', 10, 14, '3328140', -6.91, 109.15)`,
        [rows[0].id, 1000 + i * 100],
      );
    }
    const { rows: [buyer] } = await run.sql.query(`INSERT INTO organization (name, kind) VALUES ('PT Karoseri', 'BUYER') RETURNING id`);
    const { rows: [user] } = await run.sql.query(
      `INSERT INTO app_user (organization_id, email, password_hash, name, role) VALUES ($1, 'buyer@karoseri.test', 'x', 'B', 'BUYER') RETURNING id`,
      [buyer.id],
    );
    const { rows: [rfq] } = await run.sql.query(
      `INSERT INTO rfq (buyer_organization_id, created_by_user_id, title, description, sector, processes, materials, quantity, unit,
                        delivery_lat, delivery_lng, needed_by, quote_deadline)
       VALUES ($1, $2, 'Bracket', 'Bracket SS400', 'METAL', '{LASER_CUTTING,BENDING}', '{SS400}', 500, 'pcs', -6.93, 110.22,
               current_date + 60, now() + interval '14 days') RETURNING id`,
      [buyer.id, user.id],
    );
    await run.sql.query(`INSERT INTO outbox_event (name, payload) VALUES ('rfqs.matching-requested', $1)`, [{ rfqId: rfq.id, matchingVersion: 1 }]);
    return rfq.id;
  };

  it('ends with exactly one set of matches after another worker takes the job over', async () => {
    const rfqId = await seedMarket();
    const holder: PoolClient = await run.sql.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM rfq WHERE id = $1 FOR UPDATE', [rfqId]);

    const first = await startWorker();
    await waitFor('the matching job in flight', () => queue.getActiveCount(), (n) => n === 1, { timeoutMs: 20000 });
    first.signal('SIGKILL');
    expect((await first.waitForExit(10000)).signal).toBe('SIGKILL');
    await holder.query('ROLLBACK');
    holder.release();

    await startWorker();
    const status = await waitFor(
      'matching DONE by the second worker',
      async () => (await run.sql.query(`SELECT matching_status::text AS s FROM rfq WHERE id = $1`, [rfqId])).rows[0].s as string,
      (s) => s === 'DONE',
      { timeoutMs: 40000 },
    );
    expect(status).toBe('DONE');
    const { rows: [counts] } = await run.sql.query(
      `SELECT (SELECT count(*)::int FROM rfq_match WHERE rfq_id = $1) AS matches,
              (SELECT count(DISTINCT ikm_organization_id)::int FROM rfq_match WHERE rfq_id = $1) AS ikms,
              (SELECT count(*)::int FROM outbox_event WHERE name = 'matching.rfq-matched' AND payload->>'rfqId' = $1::text) AS events`,
      [rfqId],
    );
    expect(counts).toEqual({ matches: 5, ikms: 5, events: 5 });
    expect(await queue.getJobCounts('active', 'failed')).toEqual({ active: 0, failed: 0 });
  });
});
