import { DataSource, QueryFailedError } from 'typeorm';
import { createJalinDataSource } from '@jalin/db-schema';
import { testConfig } from '@jalin/testing';
import { arrayRows, attachReadPipeline, closeReadPipeline, poolOf } from '@jalin/database';
import { waitFor } from '../../support/wait-for';

/** One row of most column types the app reads, nulls among them, and a second row of other values. */
const EVERY_TYPE = `
  SELECT * FROM (VALUES
    (1::int, 2::bigint, 3.5::numeric, true, 'Talang'::text, ARRAY['Press brake 100 t', 'Las "MIG"', NULL]::text[],
     ARRAY[1, 2]::int[], '{"qty": 600, "unit": "pcs"}'::jsonb, '2026-12-07 08:30:00+07'::timestamptz, '2026-12-07'::date,
     'a3bb189e-8bf9-3888-9912-ace4e6543002'::uuid, $1::text),
    (NULL, NULL, NULL, NULL, NULL, '{}'::text[], NULL, 'null'::jsonb, NULL, NULL, NULL, $2::text)
  ) AS t(i, b, n, f, s, sa, ia, j, ts, d, u, p)`;

/**
 * arrayRows parses each row itself (ArrayRowsQuery) on every path a read can take: a transaction's
 * connection, the read pipeline and a pooled connection. Whatever the path, its rows must equal
 * pg's own parsing of the same statement with rows as arrays.
 */
describe('array rows', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await createJalinDataSource(testConfig({ DATABASE_POOL_SIZE: '2' }), 'jalin-test-array-rows').initialize();
  });
  afterAll(async () => {
    await closeReadPipeline(db);
    await db?.destroy();
  });

  const pgOwn = async (values: unknown[]) => (await poolOf(db).query({ text: EVERY_TYPE, values, rowMode: 'array' })).rows;

  it('reads every column type as pg parses it, from a pooled connection, in a transaction and through the pipeline', async () => {
    const values = ['Adiwerna', null];
    const expected = await pgOwn(values);
    expect(expected[0][5]).toEqual(['Press brake 100 t', 'Las "MIG"', null]);

    // Three runs each: the third is sent as a prepared statement, whose parsers are kept.
    for (let run = 0; run < 3; run++) expect(await arrayRows(db.manager, EVERY_TYPE, values)).toEqual(expected);
    await db.transaction(async (manager) => {
      for (let run = 0; run < 3; run++) expect(await arrayRows(manager, EVERY_TYPE, values)).toEqual(expected);
    });
    attachReadPipeline(db, 1, (err) => {
      throw err;
    });
    for (let run = 0; run < 3; run++) expect(await arrayRows(db.manager, EVERY_TYPE, values)).toEqual(expected);
    await closeReadPipeline(db);
  });

  it('keeps apart two statements whose columns share names but not types', async () => {
    const [asText, asInt] = await Promise.all([
      arrayRows(db.manager, 'SELECT $1::text AS v', ['42']),
      arrayRows(db.manager, 'SELECT $1::int AS v', [42]),
    ]);
    expect([asText, asInt]).toEqual([[['42']], [[42]]]);
  });

  it('loses only the pooled connection a terminated read was on, and the next reads answer', async () => {
    const inFlight = arrayRows(db.manager, 'SELECT pg_sleep(5), $1::int /* terminated */', [1]);
    const terminated = await waitFor('the read to be running', async () =>
      (await db.query(`SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE query LIKE '%/* terminated */' AND pid <> pg_backend_pid()`)) as { done: boolean }[],
      (rows) => rows.length === 1, { timeoutMs: 5000, intervalMs: 20 });
    expect(terminated).toEqual([{ done: true }]);
    await expect(inFlight).rejects.toBeInstanceOf(QueryFailedError);
    const after = await Promise.all([1, 2, 3].map((i) => arrayRows(db.manager, 'SELECT $1::int', [i])));
    expect(after).toEqual([[[1]], [[2]], [[3]]]);
  });
});
