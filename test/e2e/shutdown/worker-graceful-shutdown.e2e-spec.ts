import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { PoolClient } from 'pg';
import { QueueName } from '@jalin/jobs';
import { ScratchRun } from '../../support/scratch-run';
import { startWorkerRun, WorkerRun } from '../../support/worker-run';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(60000);

/**
 * The worker as an operator runs it. A job is held in flight honestly: the test keeps an
 * uncommitted audit row with the event's id, so the audit subscriber's insert of that id waits on
 * the unique index until the test lets go.
 */
describe('worker on SIGTERM: lets the job in flight finish, takes no new one, exits 0', () => {
  let workerRun: WorkerRun;
  let run: ScratchRun;
  let queue: Queue;

  beforeAll(async () => {
    workerRun = await startWorkerRun('worker_stop', QueueName.DomainEvents);
    ({ run, queue } = workerRun);
  });

  afterAll(async () => {
    await workerRun?.close();
  });

  const startWorker = () => workerRun.startWorker();

  /** What a registration writes in its transaction: one identity.user-registered row. */
  const writeEvent = async (): Promise<string> => {
    const { rows } = await run.sql.query<{ id: string }>(
      `INSERT INTO outbox_event (name, payload) VALUES ('identity.user-registered', $1) RETURNING id::text`,
      [{ userId: randomUUID(), organizationId: randomUUID(), role: 'BUYER' }],
    );
    return rows[0].id;
  };

  const auditRows = async (eventId: string) =>
    (await run.sql.query(`SELECT action FROM audit_entry WHERE event_id = $1`, [eventId])).rows;

  it('exits 0 promptly when idle', async () => {
    const worker = await startWorker();
    const startedAt = Date.now();
    worker.signal('SIGTERM');
    expect(await worker.waitForExit(10000)).toEqual({ code: 0, signal: null });
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(worker.stderr).toBe('');
  });

  it('waits for the job in flight, completes it, leaves nothing active and exits 0', async () => {
    const eventId = await writeEvent();
    let blocker: PoolClient | null = await run.sql.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(
        `INSERT INTO audit_entry (event_id, action, details, occurred_at) VALUES ($1, 'test-blocker', '{}', now())`,
        [eventId],
      );

      const worker = await startWorker();
      await waitFor('the event job to be in flight', () => queue.getJobState(`evt-${eventId}`), (state) => state === 'active', { timeoutMs: 20000 });

      worker.signal('SIGTERM');
      // Well past the relay's and BullMQ's own pauses: the worker is still there, waiting for its job.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(worker.running).toBe(true);
      expect(await queue.getJobState(`evt-${eventId}`)).toBe('active');
      // A change committed now is left for the next worker: not published by this one.
      const lateEventId = await writeEvent();
      await new Promise((resolve) => setTimeout(resolve, 500));

      await blocker.query('ROLLBACK');
      blocker.release();
      blocker = null;
      const releasedAt = Date.now();

      expect(await worker.waitForExit(15000)).toEqual({ code: 0, signal: null });
      expect(Date.now() - releasedAt).toBeLessThan(5000);
      expect(await queue.getJobState(`evt-${eventId}`)).toBe('completed');
      expect(await auditRows(eventId)).toEqual([{ action: 'identity.user-registered' }]);
      expect((await queue.getJobCounts('active')).active).toBe(0);
      const late = await run.sql.query(`SELECT published_at FROM outbox_event WHERE id = $1`, [lateEventId]);
      expect(late.rows).toEqual([{ published_at: null }]);
      expect(await queue.getJob(`evt-${lateEventId}`)).toBeUndefined();
      expect(worker.stderr).toBe('');
    } finally {
      if (blocker) {
        await blocker.query('ROLLBACK').catch(() => undefined);
        blocker.release();
      }
    }
  });
});
