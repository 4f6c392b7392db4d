import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '@jalin/config';
import { ensureDatabase } from '@jalin/database';
import { createJalinDataSource, runMigrations } from '@jalin/db-schema';
import { freePort } from './app-process';

const run = promisify(execFile);

/** Debian's newest PostgreSQL binaries (/usr/lib/postgresql/<version>/bin). */
function binDir(): string {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error('no PostgreSQL binaries under /usr/lib/postgresql');
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

/**
 * A PostgreSQL cluster of the test's own (trust auth, loopback, a free port, a temp directory),
 * which the test may stop and start without touching the shared server. PostgreSQL refuses to run
 * as root, so as root its commands run as the postgres user.
 */
export class PrivatePostgres {
  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'jalin-pg-'));
    const cluster = new PrivatePostgres(dir, await freePort());
    if (process.getuid?.() === 0) chownSync(dir, ...postgresIds());
    await cluster.pg('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    await cluster.start();
    return cluster;
  }

  /** A connection string to `database` on this cluster. */
  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Creates and migrates `database`; returns its URL. */
  async migratedDatabase(database: string): Promise<string> {
    const url = this.url(database);
    await ensureDatabase(url);
    const dataSource = await createJalinDataSource(loadConfig({ ...process.env, DATABASE_URL: url }), 'jalin-test-migrate').initialize();
    try {
      await runMigrations(dataSource);
    } finally {
      await dataSource.destroy();
    }
    return url;
  }

  /** Starts the server; resolves once it accepts connections. */
  async start(): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await this.pg('pg_ctl', ['-D', join(this.dir, 'data'), '-o', options, '-l', join(this.dir, 'server.log'), '-w', '-t', '30', 'start']);
  }

  /** Fast shutdown (clients disconnected, as in a restart); resolves once the server is down. */
  async stop(): Promise<void> {
    await this.pg('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'fast', '-w', '-t', '30', 'stop']);
  }

  /** Stops the server (immediately) and removes its directory. */
  async destroy(): Promise<void> {
    await this.pg('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async pg(program: string, args: string[]): Promise<void> {
    const binary = join(binDir(), program);
    const [command, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
    try {
      await run(command, argv, { timeout: 60000 });
    } catch (error) {
      const e = error as Error & { stderr?: string; stdout?: string };
      throw new Error(`${program} ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  }
}

function postgresIds(): [number, number] {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return [id('-u'), id('-g')];
}
