import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { serviceWorker } from './pwa/service-worker-plugin';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The Jalin app: served by the API at / from dist/web (every non-API path answers index.html). */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [preact(), serviceWorker(['/manifest.webmanifest', '/icon.svg', '/icon-192.png'])],
  resolve: {
    // The same alias as apps/web/tsconfig.json "paths": sourcing's status enums are bundled as
    // values (plain TS enums without imports), so the screens name a status by its enum member.
    alias: { '@jalin/sourcing/statuses': fileURLToPath(new URL('../../libs/sourcing/src/statuses.ts', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // scripts/web-budget.ts reads it to sum each route's JS + CSS.
    manifest: true,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    // `npx vite --config apps/web/vite.config.ts` against an API on :3000.
    proxy: { '/graphql': { target: 'http://localhost:3000', ws: true }, '/exports': 'http://localhost:3000' },
  },
});
