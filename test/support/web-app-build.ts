import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..');

/** Builds the app (`vite build` of apps/web) when dist/web has none, so a test file runs on its own. */
export function ensureWebAppBuilt(): void {
  if (existsSync(join(REPO_ROOT, 'dist', 'web', 'index.html'))) return;
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    // Jest runs with NODE_ENV=test, which vite would inherit and build a non-production bundle:
    // import.meta.env.PROD false, so no service worker is registered and the offline steps wait forever.
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}
