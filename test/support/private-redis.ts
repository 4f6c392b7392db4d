import { ChildProcess, spawn } from 'node:child_process';
import { probeRedis } from '../../scripts/demo/probes';
import { freePort } from './app-process';

/**
 * A redis-server of the test's own on a free loopback port, without persistence, for tests that
 * need settings the shared Redis must not get (an eviction policy, CONFIG renamed away).
 */
export class PrivateRedis {
  private output = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
  }

  /** Starts `redis-server` with `args` added (e.g. `--maxmemory-policy allkeys-lru`); waits for PING. */
  static async start(args: string[] = []): Promise<PrivateRedis> {
    const port = await freePort();
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new PrivateRedis(child, port);
    const deadline = Date.now() + 10000;
    while (!(await probeRedis(server.url)).answers) {
      if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}):\n${server.output}`);
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`redis-server on port ${port} did not answer PING within 10 s:\n${server.output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }
}
