import { join, resolve } from 'node:path';

/** The repository root (scripts/demo/..). */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const RUN_TS = join(REPO_ROOT, 'scripts', 'run-ts.js');
export const EXIT_WITH_PARENT = join(REPO_ROOT, 'scripts', 'demo', 'exit-with-parent.js');
