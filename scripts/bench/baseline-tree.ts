import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The commit whose resolvers and execution are bench:api's baseline: main before the compiled
 * execution and plain-row reads (issue 18). The plain server runs this commit's code, so the
 * ratio compares today's Jalin with the path it replaced, not with itself.
 */
export const API_BASELINE_REF = '0bd27d3';

/** A copy of the repository at `ref` (git archive, no checkout touched) sharing this tree's node_modules. */
export function baselineTree(root: string, ref: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'jalin-bench-baseline-'));
  execFileSync('sh', ['-c', `git -C "$1" archive "$2" | tar -x -C "$3"`, 'sh', root, ref, dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
