import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';

/**
 * Express adapter that drains HTTP before anything else shuts down. Nest calls beforeClose() first
 * on close, before any module's onModuleDestroy, and only closes the HTTP server after those hooks
 * ran: without this, Redis clients and other resources are torn down while requests are still
 * running. Here the server stops accepting connections at once, requests in flight finish (bounded
 * by the grace period) and are answered with `Connection: close`, kept-alive idle connections are
 * closed, and only then do the modules tear down.
 */
export class DrainingExpressAdapter extends ExpressAdapter {
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;

  constructor(private readonly graceMs: number) {
    super();
  }

  override initHttpServer(options: NestApplicationOptions): void {
    super.initHttpServer(options);
    (this.getHttpServer() as Server).prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
      if (this.draining) res.setHeader('connection', 'close');
      this.inFlight.add(res);
      res.once('close', () => this.inFlight.delete(res));
    });
  }

  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Nest awaits beforeClose (NestApplication.dispose), so the drain completes before close.
  override async beforeClose(): Promise<void> {
    super.beforeClose();
    const server = this.getHttpServer() as Server | undefined;
    if (this.draining || !server?.listening) return;
    this.draining = true;
    // Refuses new connections and closes the idle kept-alive ones (Node >= 19).
    server.close();
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    const deadline = Date.now() + this.graceMs;
    while (this.inFlight.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // Connections that became idle after their last answer, and, past the grace period, the rest.
    server.closeIdleConnections();
    if (this.inFlight.size > 0) server.closeAllConnections();
  }
}
