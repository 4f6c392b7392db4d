import { ChildProcess } from 'node:child_process';
import { LineTail, onLines } from './lines';
import { ServiceHostMessage, ServiceHostSpec } from './service-host.protocol';
import { TsProcess } from './ts-process';

/** The service host process (see service-host.ts), with its IPC channel. */
class ServiceHostProcess extends TsProcess {
  constructor(spec: ServiceHostSpec) {
    // Own process group: a terminal Ctrl-C reaches the demo only, which stops this last.
    super('scripts/demo/service-host.ts', { env: process.env, detached: true, ipc: true, args: [JSON.stringify(spec)] });
  }

  get process(): ChildProcess {
    return this.child;
  }
}

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
  const host = new ServiceHostProcess(spec);
  const child = host.process;
  const tail = new LineTail(40);
  const output = (line: string) => {
    tail.push(line);
    options.onOutput?.(line);
  };
  onLines(child.stdout, output);
  onLines(child.stderr, output);
  const exited = host.exited.then(({ code, signal }) => `code ${code}, signal ${signal}`);
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
      resolve({
        pid: message.pid,
        initialised: message.initialised,
        failed: exited.then((how) => (stopping ? new Promise<string>(() => undefined) : `${name} stopped unexpectedly: ${failedMessage ?? how}; its last output:\n${tail}`)),
        async stop() {
          stopping = true;
          if (child.exitCode !== null || child.signalCode !== null) return;
          if (child.connected) child.send({ type: 'stop' });
          else child.kill('SIGTERM');
          // After 30 s the whole group (the host and the server it started) is killed.
          await host.exitWithin(30000);
        },
      });
    });
  });
}
