import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

export interface PrintedLogin {
  role: string;
  organization: string;
  email: string;
  password: string;
}

export interface DemoExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** `node scripts/run-ts.js scripts/demo.ts` as a user runs it, with its output collected. */
export class DemoProcess {
  output = '';
  readonly exited: Promise<DemoExit>;
  private readonly child: ChildProcess;

  constructor(env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'run-ts.js'), join(REPO_ROOT, 'scripts', 'demo.ts')], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => (this.output += chunk.toString('utf8'));
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
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
    if (this.running) this.child.kill(signal);
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
    const result = await Promise.race([this.exited, timeout]);
    if (result === 'timeout') {
      this.child.kill('SIGKILL');
      throw new Error(`the demo did not exit within ${timeoutMs} ms of ${signal}; output:\n${this.output}`);
    }
    return result;
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
