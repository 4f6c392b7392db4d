import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { LineTail, onLines } from './lines';
import { formatLogLine } from './log-format';
import { EXIT_WITH_PARENT, REPO_ROOT, RUN_TS } from './paths';

export interface AppExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface AppProcessOptions {
  env: NodeJS.ProcessEnv;
  /** Receives each output line, already prefixed with the process name. */
  print: (line: string) => void;
  /** An output line that says the process is up (for processes without an HTTP health check). */
  readyLine?: RegExp;
  /** Print pino's JSON as it is instead of shortened lines. */
  rawLogs?: boolean;
}

/** An api or worker process started by the demo: `node scripts/run-ts.js <entry>`. */
export class AppProcess {
  readonly exited: Promise<AppExit>;
  /** Resolves when the process printed its ready line. */
  readonly ready: Promise<void>;
  private readonly child: ChildProcess;
  private readonly tail = new LineTail(30);

  constructor(readonly name: string, entry: string, options: AppProcessOptions) {
    this.child = fork(RUN_TS, [join(REPO_ROOT, entry)], {
      cwd: REPO_ROOT,
      env: options.env,
      // Its own process group, so a Ctrl-C reaches the demo only and the demo stops it in order;
      // the preload stops it when the demo dies without doing so.
      detached: true,
      execArgv: ['--require', EXIT_WITH_PARENT],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const prefix = `[${name}]`.padEnd(9);
    let markReady: () => void = () => undefined;
    this.ready = new Promise((resolve) => (markReady = resolve));
    const onLine = (line: string) => {
      this.tail.push(line);
      if (options.readyLine?.test(line)) markReady();
      const shown = options.rawLogs ? line : formatLogLine(line);
      for (const part of shown.split('\n')) options.print(`${prefix}${part}`);
    };
    onLines(this.child.stdout, onLine);
    onLines(this.child.stderr, onLine);
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last lines it printed, for an error message. */
  lastOutput(): string {
    return this.tail.toString();
  }

  /** SIGTERM (the apps' graceful shutdown), then SIGKILL after `timeoutMs`. */
  async stop(timeoutMs: number): Promise<void> {
    if (!this.running) return;
    this.signal('SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
    if ((await Promise.race([this.exited, timeout])) === 'timeout') {
      this.kill();
      await this.exited;
    }
  }

  kill(): void {
    this.signal('SIGKILL');
  }

  /** To the whole process group: the app and anything it started. */
  private signal(signal: NodeJS.Signals): void {
    try {
      process.kill(-this.child.pid!, signal);
    } catch {
      try {
        this.child.kill(signal);
      } catch {
        /* gone */
      }
    }
  }
}
