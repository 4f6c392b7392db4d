import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dropDatabase, ensureDatabase } from '@jalin/database';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';

jest.setTimeout(120000);

const ROOT = join(__dirname, '..', '..', '..');
const run = promisify(execFile);

/** `npm run db:check` as an operator runs it: exit code and output. */
async function dbCheck(databaseUrl: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'scripts', 'run-ts.js'), 'scripts/db-check.ts'], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

/** db:check says whether a database fits the code: migrations applied and schema equal to the entities. */
describe('npm run db:check', () => {
  let scratch: ScratchRun;
  beforeAll(async () => {
    scratch = await startScratchRun('db_check');
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  it('exits 0 on a migrated database', async () => {
    const result = await dbCheck(scratch.env.DATABASE_URL);
    expect(result).toEqual({ code: 0, output: expect.stringContaining('database up to date') });
  });

  it('exits 1 naming the migrations a fresh database still needs', async () => {
    const url = new URL(scratch.env.DATABASE_URL);
    url.pathname += '_empty';
    await dropDatabase(url.toString());
    await ensureDatabase(url.toString());
    try {
      const result = await dbCheck(url.toString());
      expect(result.code).toBe(1);
      expect(result.output).toContain('pending migrations');
      expect(result.output).toMatch(/- \w+\d{13}/);
    } finally {
      await dropDatabase(url.toString());
    }
  });

  it('exits 1 with the SQL when the schema drifted from the entities', async () => {
    await scratch.sql.query(`ALTER TABLE organization ADD COLUMN drifted_by_hand integer`);
    const result = await dbCheck(scratch.env.DATABASE_URL);
    expect(result.code).toBe(1);
    expect(result.output).toContain('the entities and the migrated schema differ');
    expect(result.output).toContain('drifted_by_hand');
  });
});
