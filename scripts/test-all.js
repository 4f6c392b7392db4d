#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, then the three Jest levels in order (unit, integration, e2e), each on
 * its own database and queue prefix. Ends with one summary line, "tests: N passed, N failed",
 * that CI reads. Stops at the first failing stage.
 */
const { spawnSync } = require('node:child_process');
const { mkdirSync, readFileSync, existsSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const artifacts = path.join(root, 'test-artifacts');
mkdirSync(artifacts, { recursive: true });
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');

const stages = [
  { name: 'typecheck', cmd: [tsc, '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'typecheck (web app)', cmd: [tsc, '-p', 'apps/web/tsconfig.json', '--noEmit'] },
  { name: 'lint', cmd: [path.join(root, 'scripts', 'lint.js')] },
  { name: 'unit', jest: ['--selectProjects', 'unit'] },
  { name: 'integration', jest: ['--selectProjects', 'integration', '--runInBand'] },
  // The e2e browser tests load the app the API serves from dist/web.
  { name: 'build web app', cmd: [vite, 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'] },
  // Sign-in and inbox within 100 KB gzip of JS + CSS, or the run fails.
  { name: 'web budget', cmd: [path.join(root, 'scripts', 'run-ts.js'), 'scripts/web-budget.ts'] },
  { name: 'e2e', jest: ['--selectProjects', 'e2e', '--runInBand'] },
];

// First line of output: the Node that runs the suite (npm puts the project's node@24 first on the PATH).
console.log(`node ${process.version}`);

let passed = 0;
let failed = 0;
let ok = true;
for (const stage of stages) {
  const started = Date.now();
  console.log(`\n=== ${stage.name} ===`);
  const out = path.join(artifacts, `jest-${stage.name}.json`);
  const args = stage.cmd ?? [jest, ...stage.jest, '--json', `--outputFile=${out}`, '--passWithNoTests', ...process.argv.slice(2)];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (stage.jest && existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  }
  console.log(`=== ${stage.name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s ===`);
  if (result.status !== 0) {
    ok = false;
    if (!stage.jest) failed += 1;
    break;
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
