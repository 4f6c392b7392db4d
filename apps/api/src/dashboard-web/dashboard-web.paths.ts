import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest folder above this file with a package.json: the repo root from source and from dist/. */
function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

/** Where `npm run build:web` (vite) writes the dashboard page: dist/dashboard-web at the repo root. */
export const DASHBOARD_WEB_ROOT = join(findRoot(__dirname), 'dist', 'dashboard-web');
export const DASHBOARD_WEB_INDEX = join(DASHBOARD_WEB_ROOT, 'index.html');
/** The URL path the page is served under (Vite `base` is the same). */
export const DASHBOARD_WEB_PATH = '/dashboard';

export const dashboardWebBuilt = (): boolean => existsSync(DASHBOARD_WEB_INDEX);
