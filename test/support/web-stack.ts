import { GraphqlClient } from './graphql-client';
import { AppProcess, freePort } from './app-process';
import { ScratchRun, startScratchRun } from './scratch-run';
import { ensureWebAppBuilt } from './web-app-build';

const STARTUP_MS = 180_000;

/** The built web app served by an API process, with the worker that matches and notifies. */
export interface WebStack {
  run: ScratchRun;
  /** http://127.0.0.1:<port>, where the app and /graphql are served. */
  baseUrl: string;
  anonymous: GraphqlClient;
  stop(): Promise<void>;
}

/**
 * Starts what the browser tests play against: the web app built, a scratch database and queue, the
 * API (serving the app) and the worker as processes, with the outbox polled fast so that live
 * notifications arrive within the test's waits. `apiEnv` adds settings for the API only.
 */
export async function startWebStack(tag: string, apiEnv: Record<string, string> = {}): Promise<WebStack> {
  ensureWebAppBuilt();
  const run = await startScratchRun(tag);
  const port = await freePort();
  const env = { ...process.env, ...run.env, LOG_LEVEL: 'warn', OUTBOX_POLL_MS: '50' };
  const api = new AppProcess('apps/api/src/main.ts', { ...env, ...apiEnv, PORT: String(port) });
  const worker = new AppProcess('apps/worker/src/main.ts', env);
  try {
    // Generous: on a machine shared by several test runs, starting TypeScript processes is slow.
    await Promise.all([api.waitForOutput(/Jalin API listening/, STARTUP_MS), worker.waitForOutput(/Jalin worker started/, STARTUP_MS)]);
  } catch (error) {
    await Promise.all([api.kill(), worker.kill()]);
    await run.drop();
    throw error;
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    run,
    baseUrl,
    anonymous: new GraphqlClient(`${baseUrl}/graphql`),
    async stop() {
      worker.signal('SIGTERM');
      await worker.waitForExit(30000).catch(() => worker.kill());
      api.signal('SIGTERM');
      await api.waitForExit(15000).catch(() => api.kill());
      await run.drop();
    },
  };
}
