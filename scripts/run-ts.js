#!/usr/bin/env node
/**
 * Runs a TypeScript entry point without a build step: SWC compiles on the fly (with the legacy
 * decorators and metadata Nest needs) and tsconfig-paths resolves the @jalin/* aliases.
 * Used by the demo, db:migrate and the scripts; production runs the compiled dist/ instead.
 */
const path = require('node:path');
process.env.SWCRC = 'true';
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(__dirname, '..', 'tsconfig.json');
require('tsconfig-paths').register({
  baseUrl: path.join(__dirname, '..'),
  paths: require('../tsconfig.json').compilerOptions.paths,
});
require('@swc-node/register');
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/run-ts.js <file.ts> [args...]');
  process.exit(2);
}
process.argv.splice(1, 1);
require(path.resolve(entry));
