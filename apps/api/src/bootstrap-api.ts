import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@jalin/config';
import { verifyRedisSettings } from '@jalin/jobs';
import { ApiModule } from './api.module';
import { DrainingExpressAdapter } from './draining-express-adapter';
import { MAX_REQUEST_BYTES } from './graphql/request-size';
import { securityHeaders } from './graphql/security-headers';

/**
 * Creates the API app without listening, so tests and main.ts start it the same way. close() first
 * drains HTTP (in-flight requests finish, bounded by SHUTDOWN_TIMEOUT_MS), then tears the modules
 * down. Signal handling belongs to main.ts.
 */
export async function createApiApp(config: AppConfig, options: { logger?: boolean } = {}): Promise<NestExpressApplication> {
  await verifyRedisSettings(config, 'api', { quiet: options.logger === false });
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), new DrainingExpressAdapter(config.SHUTDOWN_TIMEOUT_MS), {
    bufferLogs: true,
    abortOnError: false,
    forceCloseConnections: false,
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustedProxyHops);
  app.disable('x-powered-by');
  // Express would hash every answer (sha1 over up to 100 KB) for an ETag no GraphQL client sends
  // back: 1% of the API's CPU under bench:api. The web app's files keep theirs (express.static).
  app.set('etag', false);
  app.use(securityHeaders(config.isProduction));
  app.useBodyParser('json', { limit: MAX_REQUEST_BYTES });
  return app;
}
