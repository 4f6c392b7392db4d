import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { dashboardWebBuilt } from './dashboard-web.paths';

/**
 * Answers 503 under /dashboard while the page is not built, instead of serve-static's 404. Checked
 * per request, so building the page while the API runs is enough.
 */
@Injectable()
export class DashboardWebMissingMiddleware implements NestMiddleware {
  use(_request: Request, response: Response, next: NextFunction): void {
    if (dashboardWebBuilt()) return next();
    response
      .status(503)
      .type('text/plain; charset=utf-8')
      .send('The dashboard page is not built. Run `npm run build:web`, then reload.\n');
  }
}
