import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@jalin/config';
import { ensureDatabase } from '@jalin/database';
import { createJalinDataSource, runMigrations } from '@jalin/db-schema';
import { ServiceHost, startServiceHost } from '../../scripts/demo/service-host-client';
import { freePort } from './app-process';

const USER = 'postgres';
const PASSWORD = 'jalin-test';

/**
 * A PostgreSQL cluster of the test's own (loopback, a free port, a temp directory), which the test
 * may stop and start without touching the shared server. Started by the demo's launcher (the
 * embedded-postgres service host), so the tests exercise the one way Jalin starts a private server.
 */
export class PrivatePostgres {
  private host?: ServiceHost;

  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'jalin-pg-'));
    // As root the server runs as the postgres user, which must reach its data directory.
    chmodSync(dir, 0o755);
    const cluster = new PrivatePostgres(dir, await freePort());
    await cluster.start();
    return cluster;
  }

  /** A connection string to `database` on this cluster. */
  url(database: string): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.port}/${database}`;
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

  /** Starts the server (initialising the cluster the first time); resolves once it accepts connections. */
  async start(): Promise<void> {
    this.host = await startServiceHost({ kind: 'postgres', dataDir: join(this.dir, 'data'), port: this.port, user: USER, password: PASSWORD });
  }

  /** Fast shutdown (clients disconnected, as in a restart); resolves once the server is down. */
  async stop(): Promise<void> {
    await this.host?.stop();
    this.host = undefined;
  }

  /** Stops the server and removes its directory. */
  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
