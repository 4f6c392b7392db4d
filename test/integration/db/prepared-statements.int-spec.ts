import { DataSource } from 'typeorm';
import { createJalinDataSource } from '@jalin/db-schema';
import { testConfig } from '@jalin/testing';
import { plainRows } from '@jalin/database';
import { OrganizationEntity } from '@jalin/identity';

/** What the one connection of a data source keeps prepared (statement texts, PostgreSQL's own view). */
async function preparedTexts(dataSource: DataSource): Promise<string[]> {
  const rows: { statement: string }[] = await dataSource.query('SELECT statement FROM pg_prepared_statements ORDER BY statement');
  return rows.map((row) => row.statement);
}

const ORGANIZATIONS_NAMED = 'SELECT count(*)::int AS n FROM organization WHERE name = $1 /* prepared-statements spec */';

describe('statements kept prepared per connection (DATABASE_PREPARED_STATEMENTS)', () => {
  let prepared: DataSource;
  let unnamed: DataSource;

  beforeAll(async () => {
    // One connection each, so every statement below runs where pg_prepared_statements looks.
    prepared = await createJalinDataSource(testConfig({ DATABASE_POOL_SIZE: '1' }), 'jalin-test-prepared').initialize();
    unnamed = await createJalinDataSource(testConfig({ DATABASE_POOL_SIZE: '1', DATABASE_PREPARED_STATEMENTS: 'false' }), 'jalin-test-unnamed').initialize();
  });
  afterAll(async () => {
    await prepared?.destroy();
    await unnamed?.destroy();
  });

  it('prepares a parameterized statement once it repeats, and answers the same as before and after', async () => {
    const answers: number[] = [];
    for (let run = 0; run < 6; run++) answers.push((await prepared.query(ORGANIZATIONS_NAMED, [`nobody-${run}`]))[0].n);
    expect(answers).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await preparedTexts(prepared)).toContain(ORGANIZATIONS_NAMED);
  });

  it('prepares the plain reads too, which pg gets as Query objects of their own with rows as arrays', async () => {
    const names: string[][] = [];
    for (let run = 0; run < 5; run++) {
      names.push((await plainRows(prepared.manager, OrganizationEntity, { where: 't.name = $1 /* plain read */', params: [`nobody-${run}`] })).map((o) => o.name));
    }
    expect(names).toEqual([[], [], [], [], []]);
    expect((await preparedTexts(prepared)).some((text) => text.startsWith('SELECT t."id"') && text.endsWith('t.name = $1 /* plain read */'))).toBe(true);
  });

  it('leaves one-off statements and statements without parameters unnamed', async () => {
    await prepared.query('SELECT $1::int + 1 AS n /* sent once */', [1]);
    await prepared.query('SELECT 1 AS n /* no parameters */');
    await prepared.query('SELECT 1 AS n /* no parameters */');
    await prepared.query('SELECT 1 AS n /* no parameters */');
    const texts = await preparedTexts(prepared);
    expect(texts.some((text) => text.includes('sent once') || text.includes('no parameters'))).toBe(false);
  });

  it('keeps working on a connection whose transaction failed after the statement was prepared', async () => {
    const runner = prepared.createQueryRunner();
    await runner.startTransaction();
    expect((await runner.query(ORGANIZATIONS_NAMED, ['inside']))[0].n).toBe(0);
    await expect(runner.query('SELECT $1::int AS n', ['not a number'])).rejects.toThrow(/invalid input syntax for type integer/);
    await runner.rollbackTransaction();
    await runner.release();
    expect((await prepared.query(ORGANIZATIONS_NAMED, ['after']))[0].n).toBe(0);
  });

  it('prepares nothing when switched off (behind PgBouncer in transaction mode)', async () => {
    for (let run = 0; run < 6; run++) await unnamed.query(ORGANIZATIONS_NAMED, [`nobody-${run}`]);
    expect(await preparedTexts(unnamed)).toEqual([]);
  });
});
