import { AppProcess } from '../../support/app-process';

const API = 'apps/api/src/main.ts';
const WORKER = 'apps/worker/src/main.ts';

/**
 * `npm run start:api` / `start:worker` (and the image) with NODE_ENV forgotten run as production:
 * they refuse the repository's development JWT secret instead of starting with it.
 */
describe('NODE_ENV unset', () => {
  it.each([API, WORKER])('%s runs as production and refuses the development JWT secret', async (entry) => {
    const app = new AppProcess(entry, { ...process.env, NODE_ENV: undefined, JWT_SECRET: undefined, LOG_LEVEL: 'warn' });
    expect(await app.waitForExit(30000)).toEqual({ code: 1, signal: null });
    expect(app.stderr).toContain('JWT_SECRET must be set to a private value in production');
  });
});
