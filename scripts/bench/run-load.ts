import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { LoadResult, LoadRun } from './api-load';

const ROOT = join(__dirname, '..', '..');
const RUN_TS = join(ROOT, 'scripts', 'run-ts.js');

/** One autocannon run (api-load.ts) in a process of its own, so it never shares an event loop with a server. */
export function load(run: LoadRun): Promise<LoadResult> {
  const child = fork(RUN_TS, [join('scripts', 'bench', 'api-load.ts')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (result: LoadResult) => resolve(result));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`autocannon exited with ${code}`))));
    child.send(run);
  });
}
