import { types } from 'pg';
import { DataSource } from 'typeorm';
import { createJalinDataSource } from '@jalin/db-schema';
import { testConfig } from '@jalin/testing';
import { arrayRows } from '@jalin/database';

/** Pieces a free-text element is made of: the characters array syntax must quote or escape, and words that look like its keywords. */
const PIECES = `ARRAY['"', '\\', ',', '{', '}', ' ', '''', 'NULL', 'null', 'Las', 'Bubut CNC', 'é', '₹', '', 'a"b', '[1:2]=']`;

/** 2,000 text arrays of 0 to 6 elements, each of 0 to 4 random pieces or NULL (the subqueries refer to their row, so each is drawn anew), and the shapes a parser gets wrong. */
const ARRAYS_SQL = `
  SELECT a FROM (
    SELECT ARRAY(
      SELECT CASE WHEN random() < 0.1 THEN NULL ELSE
        (SELECT string_agg((${PIECES})[1 + floor(random() * 16)::int], '') FROM generate_series(1, (g.i + e.j) % 5) AS k(n) WHERE k.n > 0)
      END
      FROM generate_series(1, g.i % 7) AS e(j)
    )::text[] AS a
    FROM generate_series(1, 2000) AS g(i)
    UNION ALL SELECT '{}'::text[]
    UNION ALL SELECT ARRAY[NULL, NULL]::text[]
    UNION ALL SELECT ARRAY['', ' ', '  leading', 'trailing  ']::text[]
  ) t`;

/**
 * The data source reads string arrays with postgres-array 3 instead of pg's own version 2. Whatever
 * an IKM types into a list (machines, processes), it must read back what PostgreSQL holds: checked
 * against PostgreSQL's own JSON of each array and against pg's default parser.
 */
describe('string arrays read by the data source', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await createJalinDataSource(testConfig({ DATABASE_POOL_SIZE: '1' }), 'jalin-test-arrays').initialize();
  });
  afterAll(() => db?.destroy());

  it('are the elements PostgreSQL holds, quotes, backslashes, braces, NULLs and words like NULL included', async () => {
    const rows = await arrayRows(db.manager, `SELECT a, array_to_json(a)::text, a::text FROM (${ARRAYS_SQL}) s WHERE $1::int > 0`, [1]);
    const pgDefault = (types.getTypeParser as (oid: number, format: string) => (text: string) => unknown)(1009, 'text'); // text[]
    const wrong = rows.filter(([parsed, json, text]) => {
      const truth = JSON.stringify(JSON.parse(json as string));
      return JSON.stringify(parsed) !== truth || JSON.stringify(pgDefault(text as string)) !== truth;
    });
    expect(rows.length).toBe(2003);
    expect(new Set(rows.map(([, json]) => json)).size).toBeGreaterThan(1000);
    expect(rows.some(([parsed]) => (parsed as (string | null)[]).some((e) => e !== null && /["\\{},]/.test(e)))).toBe(true);
    expect(wrong).toEqual([]);
  });

  it('reads varchar, uuid and two-dimensional arrays as before', async () => {
    const [[varchars, uuids, grid]] = await arrayRows(
      db.manager,
      `SELECT ARRAY['SS400', NULL, 'Stainless "304"']::varchar[], ARRAY[$1::uuid, NULL]::uuid[], ARRAY[['a', 'b'], ['c', NULL]]::text[]`,
      ['a3bb189e-8bf9-3888-9912-ace4e6543002'],
    );
    expect([varchars, uuids, grid]).toEqual([['SS400', null, 'Stainless "304"'], ['a3bb189e-8bf9-3888-9912-ace4e6543002', null], [['a', 'b'], ['c', null]]]);
  });
});
