import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort, isPortOpen } from '../demo/ports';
import { NativeProcess, until } from './native-process';

const HAPROXY = '/usr/sbin/haproxy';

/**
 * HAProxy in front of the API replicas: round robin, each replica checked on /health/ready every
 * 500 ms and taken out after 3 failures (`fall 3`); a request that could not reach a replica is
 * sent to another (`retries`, `option redispatch`). WebSockets (graphql-ws) pass through.
 */
export async function startHaproxy(dir: string, apiPorts: number[], port?: number): Promise<{ url: string; port: number; process: NativeProcess }> {
  const listen = port ?? (await findFreePort());
  const config = join(dir, 'haproxy.cfg');
  writeFileSync(
    config,
    [
      'global',
      '  maxconn 4096',
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 60s',
      '  timeout server 60s',
      '  timeout tunnel 1h',
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
      ...apiPorts.map((p, i) => `  server api${i + 1} 127.0.0.1:${p} check inter 500ms fall 3 rise 2`),
    ].join('\n') + '\n',
  );
  const haproxy = new NativeProcess('haproxy', HAPROXY, ['-db', '-f', config]);
  await until('haproxy listening', () => isPortOpen(listen), 10000, 100).catch((error) => {
    throw new Error(`${(error as Error).message}\n${haproxy.describe()}`);
  });
  return { url: `http://127.0.0.1:${listen}`, port: listen, process: haproxy };
}
