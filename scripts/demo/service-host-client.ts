import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { LineTail, onLines } from './lines';
import { REPO_ROOT, RUN_TS } from './paths';
import { ServiceHostMessage, ServiceHostSpec } from './service-host.protocol';

const HOST_ENTRY = join(REPO_ROOT, 'scripts', 'demo', 'service-host.ts');

export interface ServiceHost {
  /** Pid of the server process itself (postgres, redis-server). */
  readonly pid: number;
  /** True when this start created the data directory (first run). */
  readonly initialised: boolean;
  /** Resolves with a description if the service stops without being asked to. */
  readonly failed: Promise<string>;
  /** Stops the service and waits for its host to exit. */
  stop(): Promise<void>;
}

export interface ServiceHostOptions {
  /** Output lines of the service (server log); kept for error messages either way. */
  onOutput?: (line: string) => void;
  startTimeoutMs?: number;
}

/** Starts a service host (see service-host.ts) and waits until its service answers. */
export function startServiceHost(spec: ServiceHostSpec, options: ServiceHostOptions = {}): Promise<ServiceHost> {
  const name = spec.kind === 'postgres' ? 'embedded PostgreSQL' : 'redis-server';
  const child: ChildProcess = fork(RUN_TS, [HOST_ENTRY, JSON.stringify(spec)], {
    cwd: REPO_ROOT,
    env: process.env,
    execArgv: [],
    // Own process group: a terminal Ctrl-C reaches the demo only, which stops this last.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const tail = new LineTail(40);
  const output = (line: string) => {
    tail.push(line);
    options.onOutput?.(line);
  };
  onLines(child.stdout, output);
  onLines(child.stderr, output);
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(`code ${code}, signal ${signal}`)));
  let failedMessage: string | undefined;
  child.on('message', (message: ServiceHostMessage) => {
    if (message.type === 'failed') failedMessage = message.message;
  });

  return new Promise<ServiceHost>((resolve, reject) => {
    const timeoutMs = options.startTimeoutMs ?? 90000;
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${name} did not start within ${timeoutMs / 1000} s; its last output:\n${tail}`));
    }, timeoutMs);
    const onExit = (how: string) => {
      clearTimeout(timer);
      reject(new Error(`${name} did not start: ${failedMessage ?? `its host exited (${how})`}; its last output:\n${tail}`));
    };
    void exited.then(onExit);
    child.on('message', (message: ServiceHostMessage) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      let stopping = false;
      const stopped = exited.then(() => undefined);
      resolve({
        pid: message.pid,
        initialised: message.initialised,
        failed: exited.then((how) => (stopping ? new Promise<string>(() => undefined) : `${name} stopped unexpectedly: ${failedMessage ?? how}; its last output:\n${tail}`)),
        async stop() {
          stopping = true;
          if (child.exitCode !== null || child.signalCode !== null) return;
          if (child.connected) child.send({ type: 'stop' });
          else child.kill('SIGTERM');
          const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30000).unref());
          if ((await Promise.race([stopped, timeout])) === 'timeout') {
            // The whole group: the host and the server it started.
            try {
              process.kill(-child.pid!, 'SIGKILL');
            } catch {
              /* already gone */
            }
            await stopped;
          }
        },
      });
    });
  });
}
