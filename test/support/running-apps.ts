import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { AppConfig } from '@jalin/config';
import { createApiApp } from '../../apps/api/src/bootstrap-api';
import { createWorkerApp } from '../../apps/worker/src/bootstrap-worker';

export interface RunningApi {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** The real AppModule on the run's database, listening on a free port (Twenty habit). */
export async function startApi(config: AppConfig): Promise<RunningApi> {
  const app = await createApiApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}/graphql`, close: () => app.close() };
}

/** The real worker app: processors, subscribers and the outbox relay. Close it before the API. */
export async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  return createWorkerApp(config, { logger: false });
}
