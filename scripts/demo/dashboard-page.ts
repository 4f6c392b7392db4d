import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DemoSetupError } from './services';
import { REPO_ROOT } from './paths';

const INDEX = join(REPO_ROOT, 'dist', 'web', 'index.html');
const VITE = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

/** Builds the app with its Dinas dashboard (`npm run build:web`) when dist/web has none. */
export async function ensureDashboardPage(log: (line: string) => void): Promise<void> {
  if (existsSync(INDEX)) return;
  log('building the dashboard page (npm run build:web)');
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [VITE, 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0 || !existsSync(INDEX)) {
    throw new DemoSetupError(`building the dashboard page failed (exit code ${code}):\n${output.join('').trim()}`);
  }
  log(`dashboard page built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
