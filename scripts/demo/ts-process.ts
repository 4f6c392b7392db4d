import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, RUN_TS } from './paths';

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface TsProcessOptions {
  env: NodeJS.ProcessEnv;
  /** Arguments after the entry. */
  args?: string[];
  /** Node options placed before the runner (e.g. a --require preload). */
  execArgv?: string[];
  /** Its own process group: signals then go to the whole group. */
  detached?: boolean;
  /** An IPC channel to the child (it notices when this process dies). */
  ipc?: boolean;
}

/**
 * A TypeScript entry point run as an operator runs it, `node scripts/run-ts.js <entry>` on this
 * process's Node: the one way the demo starts the api and worker and the tests start the apps and
 * the demo. Wrappers add how they read the output.
 */
export class TsProcess {
  readonly exited: Promise<ProcessExit>;
  protected readonly child: ChildProcess;

  constructor(entry: string, private readonly options: TsProcessOptions) {
    this.child = spawn(process.execPath, [...(options.execArgv ?? []), RUN_TS, join(REPO_ROOT, entry), ...(options.args ?? [])], {
      cwd: REPO_ROOT,
      env: options.env,
      detached: options.detached ?? false,
      stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? ['ipc' as const] : [])],
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** To the process if it still runs; when detached, to its whole group (anything it started). */
  signal(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (!this.options.detached && !this.running) return;
    try {
      if (this.options.detached) process.kill(-this.child.pid!, signal);
      else this.child.kill(signal);
    } catch {
      try {
        this.child.kill(signal);
      } catch {
        /* gone */
      }
    }
  }

  /** Its exit, waiting at most `timeoutMs`; after that it is killed and undefined is returned. */
  async exitWithin(timeoutMs: number): Promise<ProcessExit | undefined> {
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
    const result = await Promise.race([this.exited, timeout]);
    if (result !== 'timeout') return result;
    this.signal('SIGKILL');
    await this.exited;
    return undefined;
  }
}
