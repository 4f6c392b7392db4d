import { writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { findFreePort, isPortOpen } from '../demo/ports';
import { NativeProcess, until } from './native-process';

const HAPROXY = '/usr/sbin/haproxy';

/**
 * HAProxy in front of the API replicas: round robin, each replica checked on /health/ready every
 * second and taken out after 3 failures (`fall 3`); a request that could not reach a replica is
 * sent to another (`retries`, `option redispatch`). WebSockets (graphql-ws) pass through.
 */
export interface Haproxy {
  url: string;
  port: number;
  process: NativeProcess;
  /** Takes API replica `index` (0-based) out of the rotation or puts it back (runtime API), without stopping it. */
  setApiInRotation(index: number, inRotation: boolean): Promise<void>;
}

export async function startHaproxy(dir: string, apiPorts: number[], port?: number): Promise<Haproxy> {
  const listen = port ?? (await findFreePort());
  const config = join(dir, 'haproxy.cfg');
  const socket = join(dir, 'haproxy.sock');
  writeFileSync(
    config,
    [
      'global',
      '  maxconn 4096',
      `  stats socket ${socket} mode 600 level admin`,
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 60s',
      '  timeout server 60s',
      '  timeout tunnel 1h',
      // A replica busy with a full queue answers its readiness late, not never: out only after 3 checks of 5 s.
      '  timeout check 5s',
      '  retries 3',
      '  option redispatch',
      'frontend api',
      `  bind 127.0.0.1:${listen}`,
      '  option forwardfor',
      '  default_backend apis',
      'backend apis',
      '  balance roundrobin',
      '  option httpchk GET /health/ready',
      '  http-check expect status 200',
      ...apiPorts.map((p, i) => `  server api${i + 1} 127.0.0.1:${p} check inter 1s fall 3 rise 2`),
    ].join('\n') + '\n',
  );
  const haproxy = new NativeProcess('haproxy', HAPROXY, ['-db', '-f', config]);
  await until('haproxy listening', () => isPortOpen(listen), 10000, 100).catch(async (error) => {
    await haproxy.stop();
    throw new Error(`${(error as Error).message}\n${haproxy.describe()}`);
  });
  return {
    url: `http://127.0.0.1:${listen}`,
    port: listen,
    process: haproxy,
    setApiInRotation: (index, inRotation) => runtimeCommand(socket, `set server apis/api${index + 1} state ${inRotation ? 'ready' : 'maint'}`),
  };
}

/** One command on HAProxy's runtime socket; an answer other than empty is an error. */
function runtimeCommand(socket: string, command: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const connection = createConnection(socket, () => connection.end(`${command}\n`));
    connection.on('data', (chunk) => (answer += chunk.toString('utf8')));
    connection.once('error', reject);
    connection.once('close', () => (answer.trim() ? reject(new Error(`haproxy: ${command}: ${answer.trim()}`)) : resolve()));
  });
}
