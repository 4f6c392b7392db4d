import { ProcessExit, TsProcess } from '../../../scripts/demo/ts-process';

export interface PrintedLogin {
  role: string;
  organization: string;
  email: string;
  password: string;
}

export type DemoExit = ProcessExit;

/** `node scripts/run-ts.js scripts/demo.ts` as a user runs it, with its output collected. */
export class DemoProcess extends TsProcess {
  output = '';

  constructor(env: NodeJS.ProcessEnv) {
    super('scripts/demo.ts', { env });
    const collect = (chunk: Buffer) => (this.output += chunk.toString('utf8'));
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
  }

  /** Waits (bounded) for a line matching `pattern`; fails early when the demo exits. */
  async waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (!this.running) throw new Error(`the demo exited (${JSON.stringify(await this.exited)}) before printing ${pattern}; output:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`the demo did not print ${pattern} within ${timeoutMs} ms; output:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Sends `signal` and waits (bounded) for the demo to exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 60000): Promise<DemoExit> {
    this.signal(signal);
    const exit = await this.exitWithin(timeoutMs);
    if (!exit) throw new Error(`the demo did not exit within ${timeoutMs} ms of ${signal}; output:\n${this.output}`);
    return exit;
  }

  /** The rows of the printed login table. */
  logins(): PrintedLogin[] {
    return [...this.output.matchAll(/^\s*\| (\w+)\s+\| (.+?)\s+\| (\S+@\S+)\s+\| (\S+)\s+\|$/gm)].map(([, role, organization, email, password]) => ({ role, organization, email, password }));
  }

  /** Pids of the api and worker the demo said it started. */
  appPids(): number[] {
    const match = this.output.match(/started api \(pid (\d+)\) and worker \(pid (\d+)\)/);
    return match ? [Number(match[1]), Number(match[2])] : [];
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
