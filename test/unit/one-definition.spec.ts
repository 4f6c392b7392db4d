/**
 * Pieces that used to be written more than once have one home: a copy that drifts (a stricter
 * UUID check, a different overlap window, another way to start an app or a PostgreSQL) is how the
 * same behaviour ends up different in two places.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts'], { cwd: root, encoding: 'utf8' })
  .split('\n').filter((file) => file && !file.endsWith('.spec.ts') && !file.includes('/migrations/'));
const filesMatching = (pattern: RegExp) => sources.filter((file) => pattern.test(readFileSync(join(root, file), 'utf8'))).sort();

describe('one definition of', () => {
  it('isUuid', () => {
    expect(filesMatching(/(function isUuid\b|const isUuid\s*=)/)).toEqual(['libs/database/src/is-uuid.ts']);
  });

  it('running a TypeScript entry as a child process (the apps, the demo, the service host)', () => {
    // The benchmarks' servers speak their own IPC protocol and are not app processes.
    const starters = filesMatching(/\b(spawn|fork)\([\s\S]{0,120}?(RUN_TS|run-ts\.js)/).filter((file) => !file.startsWith('scripts/bench/'));
    expect(starters).toEqual(['scripts/demo/ts-process.ts']);
  });

  it('starting a private PostgreSQL', () => {
    expect(filesMatching(/new EmbeddedPostgres\(|'pg_ctl'|'initdb'/)).toEqual(['scripts/demo/service-host.ts']);
  });

  it("the in-memory copies' overlap window, connection and skipped rows", () => {
    expect(filesMatching(/interval '\$\{SYNC_OVERLAP\}'|SYNC_OVERLAP = /)).toEqual(['libs/database/src/replica-sync/replica-copy.ts']);
    expect(filesMatching(/new Client\(\{ connectionString: this\.(config|options)/)).toEqual(['libs/database/src/replica-sync/replica-copy.ts']);
  });
});
