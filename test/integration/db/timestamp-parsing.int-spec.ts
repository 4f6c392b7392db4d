import { types } from 'pg';
import { DataSource } from 'typeorm';
import { createJalinDataSource } from '@jalin/db-schema';
import { testConfig } from '@jalin/testing';

/** 2,000 timestamps from 1900 to 2100 with microseconds, and the edges a parser gets wrong. */
const TIMESTAMPS_SQL = `
  SELECT ts FROM (
    SELECT timestamptz '1900-01-01 00:00:00+00' + random() * interval '73048 days' AS ts FROM generate_series(1, 2000)
    UNION ALL SELECT unnest(ARRAY[
      '2026-12-07 00:00:00+07', '2026-12-31 23:59:59.999999+00', '1970-01-01 00:00:00+00', '1969-12-31 23:59:59.5+00',
      '0050-06-15 12:00:00+00', '2000-02-29 12:34:56.000001+00', '1900-01-01 00:00:00+07'
    ]::timestamptz[])
  ) t`;

describe('timestamps read by the data source', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await createJalinDataSource(testConfig({ DATABASE_POOL_SIZE: '1' }), 'jalin-test-timestamps').initialize();
  });
  afterAll(() => dataSource?.destroy());

  it.each(['UTC', 'Asia/Jakarta', 'Asia/Kolkata', 'America/St_Johns'])(
    'are the instants PostgreSQL holds, in a session whose time zone is %s',
    async (zone) => {
      const runner = dataSource.createQueryRunner();
      try {
        await runner.query(`SET TIME ZONE '${zone}'`);
        const rows: { ts: Date; epochMs: string }[] = await runner.query(
          `SELECT ts, floor(extract(epoch FROM ts) * 1000)::bigint::text AS "epochMs" FROM (${TIMESTAMPS_SQL}) s`,
        );
        expect(rows).toHaveLength(2007);
        const wrong = rows.filter((row) => !(row.ts instanceof Date) || row.ts.getTime() !== Number(row.epochMs));
        expect(wrong).toEqual([]);
      } finally {
        await runner.query('RESET TIME ZONE');
        await runner.release();
      }
    },
  );

  it('read a timestamp without time zone as pg itself does (local time of the process)', async () => {
    const rows: { ts: Date; text: string }[] = await dataSource.query(`SELECT ts::timestamp AS ts, ts::timestamp::text AS text FROM (${TIMESTAMPS_SQL}) s`);
    const pgOwn = types.getTypeParser(types.builtins.TIMESTAMP);
    const wrong = rows.filter((row) => row.ts.getTime() !== (pgOwn(row.text) as Date).getTime());
    expect(wrong).toEqual([]);
  });
});
