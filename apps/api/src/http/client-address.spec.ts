import { createServer, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import { clientAddress } from './client-address';

/** The address a real server computes for a request with this X-Forwarded-For, trusting `hops`. */
async function addressFor(forwardedFor: string | undefined, hops: number): Promise<string> {
  let seen = '';
  const server = createServer((req: IncomingMessage, res) => {
    seen = clientAddress(req, hops);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return seen;
}

describe('clientAddress (HTTP requests and websocket upgrades)', () => {
  it('is the socket peer with no trusted proxy, whatever X-Forwarded-For says', async () => {
    expect(await addressFor(undefined, 0)).toBe('127.0.0.1');
    expect(await addressFor('6.6.6.6', 0)).toBe('127.0.0.1');
  });

  it('counts trusted hops from the right and never believes the entries a client wrote further left', async () => {
    expect(await addressFor('6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(await addressFor('6.6.6.6, 7.7.7.7, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(await addressFor('6.6.6.6, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
  });

  it('stops at the leftmost entry when there are fewer entries than hops', async () => {
    expect(await addressFor('203.0.113.7', 3)).toBe('203.0.113.7');
  });
});
