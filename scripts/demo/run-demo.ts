import { get } from 'node:http';
import { AppConfig, InvalidConfigError, loadConfig } from '@jalin/config';
import { ensureDatabase } from '@jalin/database';
import { DEMO_PASSWORD, demoLogins } from '@jalin/demo-data';
import { AppProcess } from './app-process';
import { ensureDashboardPage } from './dashboard-page';
import { redactUrl } from './lines';
import { formatLoginsTable } from './logins-table';
import { findFreePort, isPortFree } from './ports';
import { migrateAndSeedDemo } from './seed-demo-data';
import { DemoServices, DemoSetupError, resolveServices } from './services';

const READY_TIMEOUT_MS = 120000;
const WORKER_GRACE_MS = 30000;
/** A second Ctrl-C within this time is the same keypress forwarded twice (npm forwards signals). */
const FORCE_AFTER_MS = 1500;

const say = (text: string) => {
  for (const line of text.split('\n')) console.log(`[demo]   ${line}`);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Shutdown {
  private readonly steps: { name: string; run: () => Promise<void> }[] = [];
  private readonly forces: (() => void)[] = [];
  private started = false;
  private firstSignalAt = 0;

  get requested(): boolean {
    return this.started;
  }

  /** Cleanups run in reverse order of registration: apps first, then the services under them. */
  add(name: string, run: () => Promise<void>, force?: () => void): void {
    this.steps.push({ name, run });
    if (force) this.forces.push(force);
  }

  onSignal(signal: NodeJS.Signals): void {
    const now = Date.now();
    if (!this.started) {
      this.firstSignalAt = now;
      say(`${signal}: stopping (press Ctrl-C again to force)`);
      void this.run(0);
    } else if (now - this.firstSignalAt > FORCE_AFTER_MS) {
      say('forcing the stop');
      for (const force of this.forces) force();
    }
  }

  async run(code: number, message?: string): Promise<never> {
    if (this.started) return new Promise<never>(() => undefined);
    this.started = true;
    if (message) for (const line of message.split('\n')) console.error(`[demo]   ${line}`);
    for (const step of [...this.steps].reverse()) {
      try {
        await step.run();
      } catch (error) {
        console.error(`[demo]   stopping ${step.name} failed: ${(error as Error).message}`);
        code = code || 1;
      }
    }
    if (this.steps.length) say(code === 0 ? 'stopped' : `stopped (exit code ${code})`);
    process.exit(code);
  }
}

/** GET with node:http rather than fetch, which refuses some ports (fetch's "bad ports"). */
function answersOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

async function waitForHealth(url: string, shutdown: Shutdown): Promise<void> {
  while (!shutdown.requested) {
    if (await answersOk(url)) return;
    await sleep(300);
  }
}

const describeExit = (name: string, exit: { code: number | null; signal: string | null }) =>
  `${name} exited ${exit.signal ? `on ${exit.signal}` : `with code ${exit.code}`}`;

async function prepareDatabase(url: string): Promise<void> {
  let created: boolean;
  try {
    created = await ensureDatabase(url);
  } catch (error) {
    throw new DemoSetupError(`PostgreSQL at ${redactUrl(url)} cannot be used: ${(error as Error).message}\nStart PostgreSQL, or set DATABASE_URL to a server you can use.`);
  }
  const name = new URL(url).pathname.slice(1);
  say(created ? `created database ${name}` : `database ${name} exists: keeping its data`);
  await migrateAndSeedDemo(url, 'jalin-demo', say);
}

function printBanner(port: number, services: DemoServices, config: AppConfig): void {
  const featured = demoLogins();
  const hidden = demoLogins({ all: true }).length - featured.length;
  const lines = [
    '',
    'Jalin demo is running.',
    '',
    `  GraphQL: http://localhost:${port}/graphql`,
    `  App: http://localhost:${port}/ (the Dinas dashboard at /dinas, Dinas or admin login)`,
    `  PostgreSQL: ${services.database.description}`,
    `  Redis: ${services.redis.description}, queue prefix ${config.QUEUE_PREFIX}`,
    '',
    `  Demo logins (one password for all: ${DEMO_PASSWORD}):`,
    formatLoginsTable(featured),
    `  ${hidden} more demo logins (IKMs) use the same password; \`npm run demo:seed\` lists them all.`,
    '',
    '  Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

/**
 * `npm run demo`: finds or starts PostgreSQL and Redis, creates and migrates the database, loads
 * the demo data, runs the api and the worker, prints the GraphQL URL and the demo logins, and
 * stops everything it started on Ctrl-C or SIGTERM (or, with a non-zero code, when any part dies).
 */
export async function runDemo(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const shutdown = new Shutdown();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => shutdown.onSignal(signal));
  const verbose = env.JALIN_DEMO_VERBOSE === '1';

  try {
    const base = loadConfig(env);
    const port = base.PORT === 0 ? await findFreePort() : base.PORT;
    if (!(await isPortFree(port, '0.0.0.0'))) {
      throw new DemoSetupError(`Port ${port} is in use, so the api cannot listen there. Stop what uses it, or pick another port: PORT=${port + 1} npm run demo`);
    }

    const services = await resolveServices(env, {
      log: say,
      onServiceOutput: verbose ? (service, line) => console.log(`[${service}]`.padEnd(9) + line) : undefined,
    });
    shutdown.add('services', () => services.stop());
    if (shutdown.requested) return;
    say(`PostgreSQL: ${services.database.description}`);
    say(`Redis: ${services.redis.description}`);

    const appEnv: NodeJS.ProcessEnv = {
      ...env,
      // The api and worker take an unset NODE_ENV for production; the demo is development.
      NODE_ENV: env.NODE_ENV || 'development',
      DATABASE_URL: services.database.url,
      REDIS_URL: services.redis.url,
      PORT: String(port),
      QUEUE_PREFIX: base.QUEUE_PREFIX,
    };
    const config = loadConfig(appEnv);
    await prepareDatabase(config.DATABASE_URL);
    if (shutdown.requested) return;
    await ensureDashboardPage(say);
    if (shutdown.requested) return;

    const print = (line: string) => console.log(line);
    const rawLogs = env.JALIN_DEMO_RAW_LOGS === '1';
    const api = new AppProcess('api', 'apps/api/src/main.ts', { env: appEnv, print, rawLogs });
    const worker = new AppProcess('worker', 'apps/worker/src/main.ts', { env: appEnv, print, rawLogs, readyLine: /Jalin worker started/ });
    const grace = config.SHUTDOWN_TIMEOUT_MS + 5000;
    shutdown.add('api and worker', async () => {
      await Promise.all([worker.stop(grace), api.stop(grace)]);
    }, () => {
      worker.kill();
      api.kill();
    });
    say(`started api (pid ${api.pid}) and worker (pid ${worker.pid})`);

    const died = Promise.race([api, worker].map((app) => app.exited.then((exit) => ({ app, exit }))));
    const failure = Promise.race([
      died.then(({ app, exit }) => `${describeExit(app.name, exit)}; its last output:\n${app.lastOutput()}`),
      services.failed,
    ]);

    const ready = waitForHealth(`http://127.0.0.1:${port}/health/ready`, shutdown).then(() => 'ready' as const);
    const timeout = sleep(READY_TIMEOUT_MS).then(() => 'timeout' as const);
    const outcome = await Promise.race([ready, timeout, failure]);
    if (shutdown.requested) return;
    if (outcome === 'timeout') {
      await shutdown.run(1, `the api did not answer /health/ready within ${READY_TIMEOUT_MS / 1000} s; stopping`);
    } else if (outcome !== 'ready') {
      await shutdown.run(1, `${outcome}\nstopping the demo`);
    }
    // The worker has no health endpoint: its start-up line, or a note when it is slow to print it.
    const workerState = await Promise.race([worker.ready.then(() => 'ready'), sleep(WORKER_GRACE_MS).then(() => 'slow'), failure]);
    if (shutdown.requested) return;
    if (workerState !== 'ready' && workerState !== 'slow') await shutdown.run(1, `${workerState}\nstopping the demo`);
    if (workerState === 'slow') say(`the worker has not said it started after ${WORKER_GRACE_MS / 1000} s; it is still running, see its output`);

    printBanner(port, services, config);
    const reason = await failure;
    await shutdown.run(1, `${reason}\nstopping the demo`);
  } catch (error) {
    const message = error instanceof DemoSetupError || error instanceof InvalidConfigError
      ? error.message
      : `the demo failed: ${error instanceof Error ? ((verbose ? error.stack : undefined) ?? error.message) : String(error)}`;
    await shutdown.run(1, message);
  }
}
