import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import compression from 'compression';
import { API_PATHS, ASSET_PATHS, WEB_APP_INDEX, WEB_APP_ROOT, webAppBuilt } from './web-app.paths';

/** Long-lived caching for hashed assets; index.html and the service worker always revalidate. */
const files = express.static(WEB_APP_ROOT, {
  index: false,
  fallthrough: true,
  setHeaders: (response, path) => {
    if (/[\\/]assets[\\/]/.test(path)) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    else response.setHeader('Cache-Control', 'no-cache');
  },
});

/** Gzip for the app's files: a phone on a slow network loads a third of the bytes. */
const compress = compression();

/**
 * The Jalin app (apps/web, built into dist/web) at `/`: its built files, and index.html for every
 * other GET outside the API so deep links (`/rfqs/12`, `/reset-password?token=…`) open the app,
 * which routes itself. `/dashboard` (the Dinas page's old address) redirects to the Dinas area.
 */
@Injectable()
export class WebAppMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATHS.test(request.path)) return next();
    // The Dinas page's old address (bookmarks, the README of earlier releases): now the Dinas area.
    if (request.path === '/dashboard' || request.path.startsWith('/dashboard/')) {
      response.redirect(302, '/dinas');
      return;
    }
    if (!webAppBuilt()) {
      response.status(503).type('text/plain; charset=utf-8').send('The Jalin app is not built. Run `npm run build:web`, then reload.\n');
      return;
    }
    compress(request, response, () => files(request, response, () => {
      if (ASSET_PATHS.test(request.path)) {
        response.status(404).type('text/plain; charset=utf-8').send('Not found\n');
        return;
      }
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(WEB_APP_INDEX);
    }));
  }
}
