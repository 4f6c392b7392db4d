import { findFreePort } from '../../scripts/demo/ports';
import { ProcessExit, TsProcess } from '../../scripts/demo/ts-process';

export type AppExit = ProcessExit;

/** A free TCP port on 127.0.0.1 (the OS picks it; released before returning). */
export const freePort = (): Promise<number> => findFreePort();

/**
 * An app entry point (`apps/api/src/main.ts`, `apps/worker/src/main.ts`) run as an operator runs it,
 * `node scripts/run-ts.js <entry>`, with its stdout and stderr collected.
 */
export class AppProcess extends TsProcess {
  stdout = '';
  stderr = '';

  constructor(private readonly entry: string, env: NodeJS.ProcessEnv) {
    // main.ts takes an unset NODE_ENV for production: tests say which they are.
    super(entry, { env: { NODE_ENV: 'test', ...env } });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.stdout += chunk.toString('utf8')));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
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

  /** Waits (bounded) for the exit; kills the process and fails when it takes longer. */
  async waitForExit(timeoutMs: number): Promise<AppExit> {
    const exit = await this.exitWithin(timeoutMs);
    if (!exit) throw new Error(`${this.describe()} did not exit within ${timeoutMs} ms`);
    return exit;
  }

  /** Last resort for afterAll: no process outlives its test. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.signal('SIGKILL');
    await this.exited;
  }

  private describe(): string {
    return `process ${this.entry}\n--- stdout:\n${this.stdout.slice(-4000)}\n--- stderr:\n${this.stderr.slice(-4000)}\n---`;
  }
}
