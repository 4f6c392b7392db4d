import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@jalin/config';
import { verifyRedisSettings } from '@jalin/jobs';
import { WorkerModule } from './worker.module';

/**
 * An application context: no HTTP server, only processors, subscribers and the relay. Nest has
 * initialised it (started workers and relay) when this resolves. Signal handling belongs to main.ts.
 */
export async function createWorkerApp(config: AppConfig, options: { logger?: boolean } = {}): Promise<INestApplicationContext> {
  await verifyRedisSettings(config, 'worker', { quiet: options.logger === false });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  return app;
}
