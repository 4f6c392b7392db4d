import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, QueryRunner } from 'typeorm';
import {
  DATABASE_CODE_FILES, DatabaseCodeComparison, MIGRATIONS, compareDatabaseCode, createJalinDataSource, databaseCodeMigration,
  readDatabaseCodeFile,
} from '@jalin/db-schema';
import { testConfig } from '@jalin/testing';

const ROOT = join(__dirname, '..', '..', '..');
const files = () => DATABASE_CODE_FILES.map((file) => ({ file, sql: readDatabaseCodeFile(file) }));

/**
 * The SQL files are the current state of the database's functions and triggers: the migrated run
 * database must hold exactly what they say, so editing a file without the migration that applies
 * it (npm run db:functions) fails here, and so does a migration that changes a function no file has.
 */
describe('database functions and triggers', () => {
  let dataSource: DataSource;
  let runner: QueryRunner;

  beforeAll(async () => {
    dataSource = await createJalinDataSource(testConfig(), 'jalin-test-database-code').initialize();
  });
  beforeEach(async () => {
    runner = dataSource.createQueryRunner();
    await runner.startTransaction();
  });
  afterEach(async () => {
    await runner.rollbackTransaction();
    await runner.release();
  });
  afterAll(() => dataSource.destroy());

  const compare = (sqlFiles: { file: string; sql: string }[]): Promise<DatabaseCodeComparison> =>
    compareDatabaseCode({ query: (sql) => runner.query(sql), run: async (sql) => void (await runner.query(sql)) }, sqlFiles);

  it('equal the SQL files after the migrations, each owned by one file', async () => {
    const comparison = await compare(files());
    expect(comparison.changedFiles).toEqual([]);
    expect(comparison.unowned).toEqual([]);
    expect(comparison.before.size).toBeGreaterThan(40);
  });

  it('catch a file edited without a migration, and db:functions writes that file into a new migration', async () => {
    const edited = files().map((f) => f.file === 'libs/dashboard/sql/market-rollups.sql'
      ? { ...f, sql: f.sql.replace("(ts AT TIME ZONE 'Asia/Jakarta')::date", "(ts AT TIME ZONE 'Asia/Makassar')::date") }
      : f);
    const comparison = await compare(edited);
    expect(comparison.changedFiles).toEqual([{ file: 'libs/dashboard/sql/market-rollups.sql', objects: ['function market_wib_day'] }]);
    const migration = databaseCodeMigration('Wita1', comparison, edited);
    expect(migration).toContain("Asia/Makassar");
    expect(migration).toContain('libs/dashboard/sql/market-rollups.sql');
    expect(migration).not.toContain('libs/profiles/sql/capability-profile.sql');
  });

  it('are idempotent files: applying them twice changes nothing', async () => {
    await compare(files());
    expect((await compare(files())).changedFiles).toEqual([]);
  });

  it('are never read from the live files by a migration, and no migration imports another', () => {
    const dir = join(ROOT, 'libs', 'db-schema', 'src', 'migrations');
    const sources = readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const);
    expect(sources).toHaveLength(MIGRATIONS.length);
    for (const [name, source] of sources) {
      expect({ name, imports: [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]).filter((s) => s !== 'typeorm') }).toEqual({ name, imports: [] });
      expect({ name, readsFiles: /readFileSync|readDatabaseCodeFile|\.sql['`]/.test(source) }).toEqual({ name, readsFiles: false });
    }
  });
});
