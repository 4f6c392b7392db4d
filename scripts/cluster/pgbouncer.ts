import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { STATEMENT_TIMEOUT_MS } from '@jalin/database';
import { findFreePort } from '../demo/ports';
import { NativeProcess, until } from './native-process';

const PGBOUNCER = '/usr/sbin/pgbouncer';

/**
 * PgBouncer in transaction mode in front of `databaseUrl`'s server: a server connection is lent to
 * a client for one transaction only, so nothing may rely on session state (see README "Scaling
 * out" for what was audited). The app's start-up statement_timeout cannot pass through the pooler
 * (ignore_startup_parameters), so the pooler sets it on every server connection (connect_query).
 */
export async function startPgBouncer(dir: string, databaseUrl: string, poolSize: number): Promise<{ url: string; process: NativeProcess }> {
  mkdirSync(dir, { recursive: true });
  const server = new URL(databaseUrl);
  const port = await findFreePort();
  const user = decodeURIComponent(server.username || 'postgres');
  const database = server.pathname.slice(1);
  writeFileSync(join(dir, 'userlist.txt'), `"${user}" "${decodeURIComponent(server.password)}"\n`);
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `${database} = host=${server.hostname} port=${server.port || 5432} dbname=${database} connect_query='SET statement_timeout = ${STATEMENT_TIMEOUT_MS}'`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      `unix_socket_dir = ${dir}`,
      'pool_mode = transaction',
      `auth_type = ${server.password ? 'plain' : 'trust'}`,
      `auth_file = ${join(dir, 'userlist.txt')}`,
      'max_client_conn = 1000',
      `default_pool_size = ${poolSize}`,
      'ignore_startup_parameters = statement_timeout,extra_float_digits',
      'server_reset_query =',
      'admin_users = ' + user,
    ].join('\n') + '\n',
  );
  // PgBouncer refuses to run as root: it runs as the postgres user where there is one.
  const asPostgres = process.getuid?.() === 0;
  if (asPostgres) {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres']).toString()));
    for (const path of [dir, ...readdirSync(dir).map((name) => join(dir, name))]) chownSync(path, uid, gid);
  }
  const pgbouncer = new NativeProcess('pgbouncer', PGBOUNCER, [...(asPostgres ? ['-u', 'postgres'] : []), join(dir, 'pgbouncer.ini')]);
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  await until('pgbouncer answering', () => answers(url.toString()), 10000, 100).catch(async (error) => {
    await pgbouncer.stop();
    throw new Error(`${(error as Error).message}\n${pgbouncer.describe()}`);
  });
  return { url: url.toString(), process: pgbouncer };
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}
