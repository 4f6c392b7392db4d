import { LineTail, onLines } from './lines';
import { cpuProfileArgs } from './cpu-profile-args';
import { formatLogLine } from './log-format';
import { EXIT_WITH_PARENT } from './paths';
import { TsProcess } from './ts-process';

export type { ProcessExit as AppExit } from './ts-process';

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
export class AppProcess extends TsProcess {
  /** Resolves when the process printed its ready line. */
  readonly ready: Promise<void>;
  private readonly tail = new LineTail(30);

  constructor(readonly name: string, entry: string, options: AppProcessOptions) {
    // Its own process group, so a Ctrl-C reaches the demo only and the demo stops it in order;
    // the preload stops it when the demo dies without doing so.
    super(entry, { env: options.env, detached: true, ipc: true, execArgv: ['--require', EXIT_WITH_PARENT, ...cpuProfileArgs(name)] });
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
  }

  /** The last lines it printed, for an error message. */
  lastOutput(): string {
    return this.tail.toString();
  }

  /** SIGTERM (the apps' graceful shutdown), then SIGKILL after `timeoutMs`. */
  async stop(timeoutMs: number): Promise<void> {
    if (!this.running) return;
    this.signal('SIGTERM');
    await this.exitWithin(timeoutMs);
  }

  kill(): void {
    this.signal('SIGKILL');
  }
}
