import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { newTestRunEnv } from './test-env';

/**
 * One database and one queue prefix per test run, migrated by `npm run db:migrate` itself, in a
 * child process: loading the app's modules here would register their GraphQL metadata outside
 * Jest's module registry. Jest workers inherit process.env from here.
 */
export default async function globalSetup(): Promise<void> {
  const env = newTestRunEnv();
  Object.assign(process.env, env, { NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', TRUST_PROXY: 'true' });
  const root = join(__dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'run-ts.js'), join(root, 'scripts', 'db-migrate.ts')], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
