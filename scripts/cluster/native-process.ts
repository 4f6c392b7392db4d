import { ChildProcess, spawn } from 'node:child_process';

/**
 * A server binary of the scaled-out layout (redis-server, pgbouncer, haproxy) run in the
 * foreground as a child, its output kept for error messages. Never detached: it dies with us.
 */
export class NativeProcess {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;

  constructor(readonly name: string, binary: string, args: string[], options: { cwd?: string; uid?: number; gid?: number } = {}) {
    this.child = spawn(binary, args, { cwd: options.cwd, uid: options.uid, gid: options.gid, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString('utf8')).slice(-20000));
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    this.child.once('error', (error) => (this.output += `\ncannot run ${binary}: ${error.message}`));
    this.exited = new Promise((resolve) => this.child.once('close', (code, signal) => resolve({ code, signal })));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null && this.child.pid !== undefined;
  }

  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.running) return;
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  describe(): string {
    return `${this.name} (pid ${this.child.pid})\n${this.output.slice(-3000)}`;
  }
}

/** Polls `check` until it is true; throws `what` after `timeoutMs`. */
export async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, intervalMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await Promise.resolve().then(check).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
