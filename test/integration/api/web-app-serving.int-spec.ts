import { readFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { RunningApi, startApi, testConfig } from '@jalin/testing';
import { ensureWebAppBuilt } from '../../support/web-app-build';

const INDEX = join(__dirname, '..', '..', '..', 'dist', 'web', 'index.html');

/**
 * The API serves the app at `/`: index.html for every app path (the links Jalin sends included),
 * its built files, and nothing of the app where the API answers (/graphql, /health, /exports).
 */
describe('the web app served by the API', () => {
  let api: RunningApi;
  let base: string;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers, redirect: 'manual' });
  /** A plain HTTP GET's status, as a browser's cache revalidates (fetch() turns a conditional request into a cache bypass). */
  const statusOf = (path: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => httpGet(`${base}${path}`, { headers }, (answer) => resolve(answer.resume().statusCode!)).on('error', reject));

  beforeAll(async () => {
    ensureWebAppBuilt();
    api = await startApi(testConfig());
    base = api.url.replace(/\/graphql$/, '');
  });
  afterAll(() => api.close());

  it.each(['/', '/sign-in', '/rfqs/8f0c6a4e-1111-4e2b-9c1d-0a0b0c0d0e0f', '/deals/42', '/profile', '/reset-password?token=abc_DEF-123', '/inbox', '/dinas'])(
    'answers index.html to %s with the strict CSP',
    async (path) => {
      const response = await get(path, { accept: 'text/html' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toBe(readFileSync(INDEX, 'utf8'));
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(response.headers.get('cache-control')).toBe('no-cache');
    },
  );

  it('serves the built files, the manifest and the service worker; a missing asset is a 404, not the app', async () => {
    const html = readFileSync(INDEX, 'utf8');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await get(script);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await get('/manifest.webmanifest')).status).toBe(200);
    const worker = await get('/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    // no-cache files are revalidated: a phone on a slow link gets a 304 instead of the file again.
    expect(await statusOf('/sw.js', { 'if-none-match': worker.headers.get('etag')! })).toBe(304);
    const missing = await get('/assets/missing-0000.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="app">');
  });

  it('leaves the API its paths and sends the old dashboard address to the Dinas area', async () => {
    const health = await get('/health/live');
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toMatch(/json/);
    // Unknown paths under the API's prefixes stay the API's 404, never the app.
    expect((await get('/health/nothing')).status).toBe(404);
    const exportAnswer = await get('/exports/deals.csv');
    expect(exportAnswer.status).toBe(401);
    expect(await exportAnswer.text()).not.toContain('<div id="app">');
    const graphql = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    // Per-user answers nobody revalidates: no hashing of every body for an ETag.
    expect(graphql.headers.get('etag')).toBeNull();
    const dashboard = await get('/dashboard');
    expect(dashboard.status).toBe(302);
    expect(dashboard.headers.get('location')).toBe('/dinas');
    expect((await fetch(`${base}/sign-in`, { method: 'POST' })).status).toBe(404);
  });
});
