import '../bench/production-env';
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadConfig } from '@jalin/config';
import { dropDatabase, ensureDatabase } from '@jalin/database';
import { createJalinDataSource, runMigrations } from '@jalin/db-schema';
import { createApiApp } from '../../apps/api/src/bootstrap-api';

type LighthouseResult = import('lighthouse').Result;

/**
 * `npm run audit:web`: Lighthouse (mobile, its default simulated throttling) on the built web app
 * as the API serves it, on two pages: the sign-in page, and the inbox of a signed-in IKM. The
 * script builds the app, makes its own database (migrated, dropped at the end), starts the real API
 * in-process with the production settings and registers an IKM. For the inbox, Lighthouse's browser
 * carries the session the way the app keeps it: the API's httpOnly refresh cookie (cookie mode of
 * `login`) is sent as a header, and the app's silent refresh on load signs it in.
 * Targets: performance >= 90, accessibility >= 95, best practices >= 95, and the JavaScript + CSS
 * each page loads <= 100 KB gzip (transferSize of its script and stylesheet requests). Exits 1 when
 * one is missed; the last line is one JSON object. Each page is the median of AUDIT_RUNS runs (3).
 */

const DATABASE_NAME = 'jalin_audit_web';
const REPO_ROOT = join(__dirname, '..', '..');
const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
const TARGETS = { performance: 90, accessibility: 95, bestPractices: 95, jsCssKbGzip: 100 };
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const SESSION_HEADERS = { 'content-type': 'application/json', 'x-jalin-session': 'cookie' };

interface PageFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  jsCssKbGzip: number;
}

function buildWebApp(): void {
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function graphql(base: string, query: string, variables: Record<string, unknown>): Promise<Response> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: SESSION_HEADERS, body: JSON.stringify({ query, variables }) });
  const body = (await response.clone().json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors[0].message}`);
  return response;
}

/** Signs in in cookie mode and returns the refresh cookie as a Cookie header value (name=value). */
async function sessionCookie(base: string, email: string, password: string): Promise<string> {
  const response = await graphql(base, 'mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }', { email, password });
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  if (cookies.length === 0) throw new Error('login in cookie mode set no cookie');
  return cookies.join('; ');
}

/** One Lighthouse run: the result as JSON (lhr). */
async function lighthouseRun(url: string, port: number, extraHeaders?: Record<string, string>): Promise<LighthouseResult> {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, {
    port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'], extraHeaders,
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

/**
 * Lighthouse's median run of RUNS (its own computeMedianRun, by FCP and TTI): one run on a busy
 * machine can be far off, as Lighthouse's documentation warns.
 */
async function audit(url: string, port: number, headers: () => Promise<Record<string, string> | undefined>): Promise<PageFigures> {
  const runs: LighthouseResult[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(url, port, await headers()));
  const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');
  const lhr: LighthouseResult = computeMedianRun(runs);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const requests = ((lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number; url: string }[] })?.items ?? []);
  const jsCss = requests.filter((r) => r.resourceType === 'Script' || r.resourceType === 'Stylesheet');
  const bytes = jsCss.reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const metric = (id: string) => lhr.audits[id]?.displayValue ?? '–';
  console.log(`  ${url} → ${lhr.finalDisplayedUrl} (median of ${runs.length}, scores ${runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)).join('/')}): FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`);
  const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary').map((a) => a.id);
  if (failing.length) console.log(`  failing audits: ${failing.join(', ')}`);
  return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), jsCssKbGzip: Math.round((bytes / 1024) * 10) / 10 };
}

function missed(name: string, figures: PageFigures): string[] {
  const out: string[] = [];
  if (figures.performance < TARGETS.performance) out.push(`${name}: performance ${figures.performance} < ${TARGETS.performance}`);
  if (figures.accessibility < TARGETS.accessibility) out.push(`${name}: accessibility ${figures.accessibility} < ${TARGETS.accessibility}`);
  if (figures.bestPractices < TARGETS.bestPractices) out.push(`${name}: best practices ${figures.bestPractices} < ${TARGETS.bestPractices}`);
  if (figures.jsCssKbGzip > TARGETS.jsCssKbGzip) out.push(`${name}: JS+CSS ${figures.jsCssKbGzip} KB > ${TARGETS.jsCssKbGzip} KB`);
  return out;
}

async function main(): Promise<void> {
  // AUDIT_USE_BUILT=1 audits dist/web as it is (while browser tests are serving it, a rebuild would pull files from under them).
  if (process.env.AUDIT_USE_BUILT !== '1') buildWebApp();
  const adminUrl = new URL(process.env.AUDIT_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const databaseUrl = new URL(adminUrl.toString());
  databaseUrl.pathname = `/${DATABASE_NAME}`;
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: databaseUrl.toString(),
    QUEUE_PREFIX: `${DATABASE_NAME}_${process.pid}`,
    LOG_LEVEL: 'silent',
    PORT: '0',
  });
  await dropDatabase(config.DATABASE_URL); // only ever this script's own database
  await ensureDatabase(config.DATABASE_URL);
  const setup = await createJalinDataSource(config, 'jalin-audit-web').initialize();
  try {
    await runMigrations(setup);
  } finally {
    await setup.destroy();
  }

  const app = await createApiApp(config, { logger: false });
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  let failures: string[] = [];
  try {
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const email = `audit-ikm-${process.pid}@bengkel.example.id`;
    const password = randomBytes(12).toString('hex');
    await graphql(base, 'mutation R($input: RegisterInput!) { register(input: $input) { accessToken } }', {
      input: { role: 'IKM', name: 'Bu Sri', organizationName: 'Bengkel Logam Sri', email, password },
    });

    const signIn = await audit(`${base}/sign-in`, chrome.port, async () => undefined);
    console.log(`sign-in  performance ${signIn.performance}  accessibility ${signIn.accessibility}  best practices ${signIn.bestPractices}  JS+CSS ${signIn.jsCssKbGzip} KB gzip`);
    // A fresh session per run: the app's refresh rotates the cookie, and a used one is refused.
    const inbox = await audit(`${base}/inbox`, chrome.port, async () => ({ Cookie: await sessionCookie(base, email, password) }));
    console.log(`inbox    performance ${inbox.performance}  accessibility ${inbox.accessibility}  best practices ${inbox.bestPractices}  JS+CSS ${inbox.jsCssKbGzip} KB gzip`);

    failures = [...missed('sign-in', signIn), ...missed('inbox', inbox)];
    for (const failure of failures) console.log(`MISSED ${failure}`);
    console.log(JSON.stringify({
      bench: 'web',
      performance: Math.min(signIn.performance, inbox.performance),
      accessibility: Math.min(signIn.accessibility, inbox.accessibility),
      bestPractices: Math.min(signIn.bestPractices, inbox.bestPractices),
      jsCssKbGzip: Math.max(signIn.jsCssKbGzip, inbox.jsCssKbGzip),
      signIn,
      inbox,
      targets: TARGETS,
      passed: failures.length === 0,
    }));
  } finally {
    await chrome.kill();
    await app.close();
    await dropDatabase(config.DATABASE_URL);
  }
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
