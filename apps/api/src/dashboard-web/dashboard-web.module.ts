import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { DashboardWebMissingMiddleware } from './dashboard-web-missing.middleware';
import { DASHBOARD_WEB_PATH, DASHBOARD_WEB_ROOT } from './dashboard-web.paths';

/**
 * The Dinas dashboard page (apps/dashboard-web, built by `npm run build:web`) under /dashboard:
 * its assets, and index.html for every other path below it (the page routes itself).
 */
@Module({
  imports: [
    ServeStaticModule.forRoot({
      rootPath: DASHBOARD_WEB_ROOT,
      serveRoot: DASHBOARD_WEB_PATH,
      // A missing asset is a 404, not the page.
      exclude: /^\/dashboard\/assets\//,
      serveStaticOptions: { index: ['index.html'], fallthrough: true },
    }),
  ],
})
export class DashboardWebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(DashboardWebMissingMiddleware)
      .forRoutes({ path: 'dashboard', method: RequestMethod.GET }, { path: 'dashboard/*path', method: RequestMethod.GET });
  }
}
