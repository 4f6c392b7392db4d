import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The Dinas dashboard page: served by the API under /dashboard from dist/dashboard-web. */
export default defineConfig({
  root: here,
  base: '/dashboard/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/dashboard-web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    // `npx vite --config apps/dashboard-web/vite.config.ts` against an API on :3000.
    proxy: { '/graphql': 'http://localhost:3000', '/exports': 'http://localhost:3000' },
  },
});
