import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..');

export interface AppExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A free TCP port on 127.0.0.1 (the OS picks it; released before returning). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * An app entry point (`apps/api/src/main.ts`, `apps/worker/src/main.ts`) run as an operator runs it,
 * `node scripts/run-ts.js <entry>`, with its stdout and stderr collected.
 */
export class AppProcess {
  stdout = '';
  stderr = '';
  readonly exited: Promise<AppExit>;
  private readonly child: ChildProcess;

  constructor(entry: string, env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'run-ts.js'), join(REPO_ROOT, entry)], {
      cwd: REPO_ROOT,
      // main.ts takes an unset NODE_ENV for production: tests say which they are.
      env: { NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.stdout += chunk.toString('utf8')));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The JSON lines printed on stdout (pino); other lines are skipped. */
  jsonLines(): Record<string, unknown>[] {
    return this.stdout.split('\n').flatMap((line) => {
      try {
        const parsed = JSON.parse(line);
        return parsed && typeof parsed === 'object' ? [parsed] : [];
      } catch {
        return [];
      }
    });
  }

  /** Waits (bounded) for stdout to match `pattern`; fails early, with the output, when the app exits. */
  async waitForOutput(pattern: RegExp, timeoutMs = 60000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.stdout.match(pattern);
      if (match) return match;
      if (!this.running) throw new Error(`${this.describe()} exited (${JSON.stringify(await this.exited)}) before printing ${pattern}`);
      if (Date.now() > deadline) throw new Error(`${this.describe()} did not print ${pattern} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  signal(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (this.running) this.child.kill(signal);
  }

  /** Waits (bounded) for the exit; kills the process and fails when it takes longer. */
  async waitForExit(timeoutMs: number): Promise<AppExit> {
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
    const result = await Promise.race([this.exited, timeout]);
    if (result === 'timeout') {
      this.child.kill('SIGKILL');
      throw new Error(`${this.describe()} did not exit within ${timeoutMs} ms`);
    }
    return result;
  }

  /** Last resort for afterAll: no process outlives its test. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  private describe(): string {
    return `process ${this.child.spawnargs.slice(2).join(' ')}\n--- stdout:\n${this.stdout.slice(-4000)}\n--- stderr:\n${this.stderr.slice(-4000)}\n---`;
  }
}
