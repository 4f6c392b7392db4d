import { DataSource, QueryFailedError } from 'typeorm';
import { createJalinDataSource } from '@jalin/db-schema';
import { testConfig } from '@jalin/testing';
import { arrayRows, attachReadPipeline, closeReadPipeline, plainRows } from '@jalin/database';
import { OrganizationEntity } from '@jalin/identity';
import { waitFor } from '../../support/wait-for';

const APPLICATION = 'jalin-test-read-pipeline';

/** The backend that answered: which connection a read went to. */
const backendOf = async (db: DataSource, i: number) => (await arrayRows(db.manager, 'SELECT pg_backend_pid(), $1::int', [i]))[0][0] as number;
const turn = <T>(n: number, read: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => read(i)));
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The plain reads outside a transaction go through a few pipelined connections
 * (DATABASE_READ_PIPELINE_CONNECTIONS): one write and one wake-up of PostgreSQL for a turn's
 * statements. What a reader sees must not change: every statement its own answer or its own
 * error, committed data only, and a broken connection costs only the reads that were on it.
 */
describe('the read pipeline', () => {
  let db: DataSource;
  const failures: Error[] = [];

  beforeAll(async () => {
    db = await createJalinDataSource(testConfig({ DATABASE_POOL_SIZE: '4' }), APPLICATION).initialize();
    attachReadPipeline(db, 2, (err) => failures.push(err));
  });
  afterAll(async () => {
    await closeReadPipeline(db);
    await db?.destroy();
  });

  it("sends one turn's reads down one connection, and each gets its own answer", async () => {
    const answers = await turn(6, (i) => arrayRows(db.manager, 'SELECT pg_backend_pid(), $1::int * 10', [i]));
    expect(answers.map((rows) => rows[0][1])).toEqual([0, 10, 20, 30, 40, 50]);
    expect(new Set(answers.map((rows) => rows[0][0])).size).toBe(1);
    // Through the pool, reads in flight together each take a connection of their own.
    const pooled = await turn(4, (i) => db.query('SELECT pg_backend_pid() AS pid, pg_sleep(0.05), $1::int', [i]));
    expect(new Set(pooled.map((rows) => rows[0].pid)).size).toBe(4);
  });

  it('spreads busy turns over its connections and opens no more than it was given', async () => {
    const backends = new Set<number>();
    const slow = turn(3, (i) => arrayRows(db.manager, 'SELECT pg_backend_pid(), pg_sleep(0.2)::text, $1::int', [i]));
    await nextTurn();
    backends.add(await backendOf(db, 1));
    for (const rows of await slow) backends.add(rows[0][0] as number);
    expect(backends.size).toBe(2);
    expect(await pipelineBackends(db)).toHaveLength(2);
  });

  it('fails a bad statement alone: the reads written before and after it in the same turn answer', async () => {
    const [before, bad, after] = await Promise.allSettled([
      arrayRows(db.manager, 'SELECT $1::int + 1', [1]),
      arrayRows(db.manager, 'SELECT $1::uuid', ['not-a-uuid']),
      arrayRows(db.manager, 'SELECT $1::int + 2', [1]),
    ]);
    expect(before).toEqual({ status: 'fulfilled', value: [[2]] });
    expect(after).toEqual({ status: 'fulfilled', value: [[3]] });
    expect(bad.status).toBe('rejected');
    const err = (bad as PromiseRejectedResult).reason as QueryFailedError & { driverError: { code: string } };
    expect(err).toBeInstanceOf(QueryFailedError);
    expect(err.driverError.code).toBe('22P02');
  });

  it('reads committed rows only, never a transaction in flight', async () => {
    const name = `Bengkel pipeline ${Date.now()}`;
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`INSERT INTO organization (name, kind) VALUES ($1, 'BUYER')`, [name]);
      const inside = await plainRows(runner.manager, OrganizationEntity, { where: 't.name = $1', params: [name] });
      const outside = await plainRows(db.manager, OrganizationEntity, { where: 't.name = $1', params: [name] });
      expect([inside.length, outside.length]).toEqual([1, 0]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('keeps repeated reads prepared on its connections, as the pool does', async () => {
    const text = 'SELECT count(*)::int FROM organization WHERE name = $1 /* read pipeline, prepared */';
    for (let run = 0; run < 8; run++) expect(await arrayRows(db.manager, text, [`nobody-${run}`])).toEqual([[0]]);
    const prepared = await turn(2, () => arrayRows(db.manager, 'SELECT statement FROM pg_prepared_statements WHERE statement = $1', [text]));
    expect(prepared[0]).toEqual([[text]]);
  });

  it('loses only the reads in flight when its connection breaks, and answers the next read on a new one', async () => {
    const before = await backendOf(db, 1);
    const reported = failures.length;
    const inFlight = arrayRows(db.manager, 'SELECT pg_sleep(5), $1::int', [1]);
    await nextTurn();
    await db.query('SELECT pg_terminate_backend($1)', [before]);
    await expect(inFlight).rejects.toBeInstanceOf(QueryFailedError);
    const after = await turn(3, (i) => backendOf(db, i));
    expect(after.every((pid) => pid !== before)).toBe(true);
    // Reported once, with PostgreSQL's reason, although the socket's end follows the FATAL answer.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(failures.slice(reported).map((err) => (err as Error & { code?: string }).code)).toEqual(['57P01']);
  });

  it('after it is closed, the same reads go to the pool and its connections are gone', async () => {
    await closeReadPipeline(db);
    expect(await arrayRows(db.manager, 'SELECT $1::int', [7])).toEqual([[7]]);
    // A backend leaves pg_stat_activity a moment after its socket closes.
    await waitFor('the read pipeline backends to leave', () => pipelineBackends(db), (rows) => rows.length === 0, { timeoutMs: 5000, intervalMs: 20 });
  });
});

/** The pipeline's own connections, as PostgreSQL lists them. */
function pipelineBackends(db: DataSource): Promise<{ pid: number }[]> {
  return db.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`, [`${APPLICATION} reads`]);
}
