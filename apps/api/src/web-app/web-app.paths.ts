import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest folder above this file with a package.json: the repo root from source and from dist/. */
function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

/** Where `npm run build:web` (vite) writes the app: dist/web at the repo root. */
export const WEB_APP_ROOT = join(findRoot(__dirname), 'dist', 'web');
export const WEB_APP_INDEX = join(WEB_APP_ROOT, 'index.html');

export const webAppBuilt = (): boolean => existsSync(WEB_APP_INDEX);

/**
 * Paths that belong to the API, never the app: a GET there is answered by its own route (or 404).
 * /dashboard is the old address of the Dinas page: it redirects into the app (see WebAppMiddleware).
 */
export const API_PATHS = /^\/(graphql|health|exports)(\/|$)/;
/** Built files: a missing one is a 404, not the app (a stale tab asking for an old chunk). */
export const ASSET_PATHS = /^\/assets\//;
