import { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * The client's address for rate limits and logs, for HTTP requests and websocket upgrades alike:
 * the socket's peer, or with `trustedHops` proxies in front, the X-Forwarded-For entry that many
 * hops from the right (proxy-addr, as Express's `trust proxy` number). Entries further left are
 * whatever the client wrote and are never believed.
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  try {
    return proxyAddr(req, (_address, hop) => hop < trustedHops);
  } catch {
    return req.socket.remoteAddress ?? 'unknown'; // a socket already closed has no address
  }
}
