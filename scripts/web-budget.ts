import { join } from 'node:path';
import { weighRoutes } from './web-budget/route-weight';

/**
 * Run by `npm run build:web` after vite: fails the build when the JS + CSS the sign-in or the
 * inbox route loads passes 100 KB gzip (the phone on a slow network in Talang). Both screens are
 * in the entry chunk (src/areas/account, src/areas/inbox); the other areas are lazy chunks.
 */
export const BUDGET_BYTES = 100 * 1024;
export const BUDGETED_ROUTES: Record<string, readonly string[]> = {
  '/sign-in': ['index.html'],
  '/inbox': ['index.html'],
};

/** The build to weigh: dist/web, or the folder given as the first argument. */
const outDir = process.argv[2] ?? join(__dirname, '..', 'dist', 'web');
let over = false;
for (const { route, files, gzipBytes } of weighRoutes(outDir, BUDGETED_ROUTES)) {
  const kb = (gzipBytes / 1024).toFixed(1);
  const fits = gzipBytes <= BUDGET_BYTES;
  over ||= !fits;
  console.log(`${fits ? 'ok  ' : 'OVER'} ${route}: ${kb} KB gzip of JS + CSS (budget ${BUDGET_BYTES / 1024} KB) in ${files.join(', ')}`);
}
if (over) {
  console.error('web budget passed: the sign-in and inbox routes must stay within 100 KB gzip of JS + CSS');
  process.exit(1);
}
