import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { WebAppMiddleware } from './web-app.middleware';

/** Serves the Jalin app (dist/web) at `/` with deep links; the API keeps /graphql, /health, /exports. */
@Module({})
export class WebAppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(WebAppMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
