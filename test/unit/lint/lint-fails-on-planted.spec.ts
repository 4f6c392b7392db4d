import { spawnSync } from 'node:child_process';
import { ROOT, at } from './rule-tester';

const VIOLATIONS = 'libs/matching/lint-fixtures/planted-violations.ts';
const CLEAN = 'libs/matching/lint-fixtures/planted-clean.ts';

/** Runs the ESLint stage of `npm run lint` (the project's eslint.config.mjs) on the given files. */
function lint(...files: string[]): { status: number | null; findings: (file: string) => string[] } {
  const result = spawnSync(process.execPath, [at('node_modules/eslint/bin/eslint.js'), '--no-ignore', '--format', 'json', ...files], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 16 << 20,
  });
  const report = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string | null; line: number }[] }[];
  return {
    status: result.status,
    findings: (file) => report.find((r) => r.filePath === at(file))!.messages.map((m) => `${m.line} ${m.ruleId}`).sort(),
  };
}

describe('npm run lint', () => {
  // Type-aware linting builds the project's TypeScript program first.
  jest.setTimeout(300_000);

  it('fails on a planted cross-library import and a planted floating promise, and passes the same code done right', () => {
    // One run for both files: the program is built once.
    const result = lint(VIOLATIONS, CLEAN);
    expect(result.findings(VIOLATIONS)).toEqual(['10 @typescript-eslint/no-floating-promises', '5 jalin/no-foreign-internals']);
    expect(result.findings(CLEAN)).toEqual([]);
    expect(result.status).toBe(1);
  });
});
