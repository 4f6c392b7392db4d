#!/usr/bin/env node
/**
 * `npm run lint`: ESLint (eslint.config.mjs: promises, unused locals, library boundaries and
 * foreign writes), then knip (knip.json: unused files, exports and types). Exports that were
 * already unused when the linter came in are listed in tools/knip-baseline.json: a new unused
 * export fails, and so does a listed one that is gone (remove it from the list, so it only shrinks).
 * `npm run lint -- --update-baseline` rewrites the list from today's findings.
 */
const { spawnSync } = require('node:child_process');
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const baselineFile = path.join(root, 'tools', 'knip-baseline.json');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const run = (args, capture) => spawnSync(process.execPath, args, {
  cwd: root, env: process.env, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', maxBuffer: 64 << 20, encoding: 'utf8',
});

function timed(name, fn) {
  const started = Date.now();
  const ok = fn();
  console.log(`lint: ${name} ${ok ? 'ok' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
  return ok;
}

/** knip's findings as stable strings: "<kind> <file> <name>" (no line numbers). */
function knipFindings() {
  const result = run([bin('knip', 'bin/knip.js'), '--reporter', 'json', '--no-exit-code'], true);
  if (result.status !== 0) throw new Error(`knip failed (exit ${result.status})`);
  const findings = [];
  for (const issue of JSON.parse(result.stdout).issues) {
    for (const [kind, items] of Object.entries(issue)) {
      if (!Array.isArray(items)) continue;
      for (const item of items.flat()) findings.push(`${kind} ${issue.file} ${item.name}`);
    }
  }
  return [...new Set(findings)].sort();
}

const eslintOk = timed('eslint', () => run([bin('eslint', 'bin/eslint.js'), '.', '--max-warnings', '0']).status === 0);
const knipOk = timed('knip', () => {
  const found = knipFindings();
  if (process.argv.includes('--update-baseline')) {
    writeFileSync(baselineFile, JSON.stringify(found, null, 2) + '\n');
    console.log(`lint: wrote ${found.length} known findings to ${path.relative(root, baselineFile)}`);
    return true;
  }
  const known = new Set(JSON.parse(readFileSync(baselineFile, 'utf8')));
  const added = found.filter((f) => !known.has(f));
  const gone = [...known].filter((f) => !found.includes(f));
  for (const f of added) console.log(`knip: new unused ${f}`);
  for (const f of gone) console.log(`knip: fixed, remove from tools/knip-baseline.json: ${f}`);
  return added.length === 0 && gone.length === 0;
});
process.exit(eslintOk && knipOk ? 0 : 1);
