import { Agent, request } from 'node:http';
import { connect } from 'node:net';

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/**
 * A POST whose body can be held back: `sent` resolves once the headers and `firstPart` left, and
 * `finish()` sends the rest. A client on a slow network looks like this to the server.
 */
export function postJson(port: number, path: string, payload: unknown, options: { agent?: Agent; holdBack?: boolean; headers?: Record<string, string> } = {}) {
  const body = Buffer.from(JSON.stringify(payload));
  const split = options.holdBack ? Math.floor(body.length / 2) : body.length;
  let finish: () => void = () => undefined;
  let markSent: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const response = new Promise<HttpResult>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent: options.agent,
        headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.write(body.subarray(0, split), () => markSent());
    finish = () => req.end(body.subarray(split));
    if (!options.holdBack) finish();
  });
  return { sent, response, finish: () => finish() };
}

/** Opens and closes one TCP connection; rejects with the socket error (ECONNREFUSED when nobody listens). */
export function connectOnce(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });
}
