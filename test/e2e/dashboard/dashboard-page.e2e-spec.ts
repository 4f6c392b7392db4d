import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { loadConfig } from '@jalin/config';
import { createJalinDataSource } from '@jalin/db-schema';
import { DEMO_BUYERS, DEMO_DINAS, DEMO_PASSWORD, runDemoSeed } from '@jalin/demo-data';
import { GraphqlClient, login } from '@jalin/testing';
import { AppProcess, freePort } from '../../support/app-process';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';
import { ensureWebAppBuilt } from '../../support/web-app-build';
import { countText, hoursText, idrText, launchChromium, shareText } from './dashboard-browser';

jest.setTimeout(180000);

const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-artifacts');
const TALANG = '3328140';

const DASHBOARD = `query D($filter: DashboardFilter) { dashboard(filter: $filter) {
  asOf
  totals { rfqs openRfqs quotes deals dealValue participatingIkms verifiedIkms }
  funnel { rfqsPosted rfqsMatched rfqsQuoted rfqsAwarded dealsCompleted }
  insights { medianHoursToFirstQuote matchedShare repeatBuyers }
} }`;

interface Figures {
  totals: Record<string, number | string>;
  funnel: Record<string, number>;
  insights: { medianHoursToFirstQuote: number | null; matchedShare: number | null; repeatBuyers: number };
}

/** Every figure the page shows, as testid → [data-value, text], from the API's answer. */
function expectedFigures(d: Figures, lang: 'id' | 'en' = 'id'): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {};
  for (const key of ['rfqs', 'openRfqs', 'quotes', 'deals', 'participatingIkms', 'verifiedIkms']) {
    const n = d.totals[key] as number;
    out[`kpi-${key}`] = [String(n), countText(n, lang)];
  }
  out['kpi-dealValue'] = [d.totals.dealValue as string, idrText(d.totals.dealValue as string)];
  const { medianHoursToFirstQuote: hours, matchedShare: share, repeatBuyers } = d.insights;
  out['kpi-medianHoursToFirstQuote'] = [hours === null ? '' : String(hours), hoursText(hours, lang)];
  out['kpi-matchedShare'] = [share === null ? '' : String(share), shareText(share, lang)];
  out['kpi-repeatBuyers'] = [String(repeatBuyers), countText(repeatBuyers, lang)];
  for (const [key, n] of Object.entries(d.funnel)) out[`funnel-${key}`] = [String(n), countText(n, lang)];
  return out;
}

/** The same figures as the page shows them now. */
async function pageFigures(page: Page, ids: string[]): Promise<Record<string, [string, string]>> {
  const out: Record<string, [string, string]> = {};
  for (const id of ids) {
    const element = page.getByTestId(id);
    out[id] = [(await element.getAttribute('data-value')) ?? '<none>', ((await element.textContent()) ?? '').trim()];
  }
  return out;
}

/** Waits until the page shows exactly the API's figures (the page re-queries on filter changes). */
async function expectPageShows(page: Page, expected: Record<string, [string, string]>): Promise<void> {
  const shown = await waitFor('the page to show the API figures', () => pageFigures(page, Object.keys(expected)),
    (figures) => JSON.stringify(figures) === JSON.stringify(expected), { timeoutMs: 15000, intervalMs: 200 }).catch(() => null);
  expect(shown ?? (await pageFigures(page, Object.keys(expected)))).toEqual(expected);
}

/** The old address: /dashboard redirects to the app's Dinas area, which asks to sign in first. */
async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/dashboard`);
  await page.waitForURL(/\/sign-in\?next=%2Fdinas$/);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/**
 * The Dinas dashboard in a real browser: the API process serves the app (the Dinas area at /dinas,
 * /dashboard redirects there), the demo
 * officer signs in, and every KPI and funnel figure on the page equals the API's `dashboard`
 * answer for the same filter, before and after changing filters.
 */
describe('dashboard page (browser)', () => {
  let run: ScratchRun;
  let api: AppProcess;
  let browser: Browser;
  let baseUrl: string;
  let officer: GraphqlClient;
  const officerEmail = DEMO_DINAS.users[0].email;

  beforeAll(async () => {
    ensureWebAppBuilt();
    run = await startScratchRun('dashboard_page');
    const dataSource = await createJalinDataSource(loadConfig({ ...process.env, ...run.env, DATABASE_POOL_SIZE: '2' }), 'jalin-test-seed').initialize();
    try {
      await runDemoSeed(dataSource);
    } finally {
      await dataSource.destroy();
    }
    const port = await freePort();
    api = new AppProcess('apps/api/src/main.ts', { ...process.env, ...run.env, PORT: String(port), LOG_LEVEL: 'warn' });
    await api.waitForOutput(/Jalin API listening/);
    baseUrl = `http://127.0.0.1:${port}`;
    const anonymous = new GraphqlClient(`${baseUrl}/graphql`);
    officer = anonymous.as((await login(anonymous, officerEmail, DEMO_PASSWORD)).accessToken);
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    api?.signal('SIGTERM');
    await api?.waitForExit(15000).catch(() => api.kill());
    await run?.drop();
  });

  const cancelledDeals = async (filter: Record<string, string>) =>
    (await officer.ok<{ dashboard: { totals: { dealsCancelled: number } } }>(`query D($filter: DashboardFilter) { dashboard(filter: $filter) { totals { dealsCancelled } } }`, { filter })).dashboard.totals.dealsCancelled;
  const apiFigures = async (filter: Record<string, string>) => (await officer.ok<{ dashboard: Figures }>(DASHBOARD, { filter })).dashboard;

  it('shows the officer the API figures, follows filter changes, switches to English', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, baseUrl, officerEmail);
    await page.getByTestId('kpi-rfqs').waitFor({ timeout: 20000 });

    const all = await apiFigures({});
    expect(all.totals.rfqs).toBeGreaterThan(0);
    await expectPageShows(page, expectedFigures(all));
    await expect(page.getByTestId('as-of').textContent()).resolves.toMatch(/^Diperbarui \d{2}[.:]\d{2}[.:]\d{2} WIB$/);
    await expect(page.getByTestId('kecamatan-note').count()).resolves.toBe(0);

    // A sector narrows everything, RFQ figures included.
    await page.getByLabel('Sektor', { exact: true }).selectOption('PLASTIC');
    const plastic = await apiFigures({ sector: 'PLASTIC' });
    expect(plastic.totals.rfqs).toBeLessThan(all.totals.rfqs as number);
    await expectPageShows(page, expectedFigures(plastic));

    // Back to every sector, then a kecamatan: quotes and deals narrow, RFQ figures stay district-wide.
    await page.getByLabel('Sektor', { exact: true }).selectOption('');
    await page.getByLabel('Kecamatan', { exact: true }).selectOption(TALANG);
    const talang = await apiFigures({ kecamatanCode: TALANG });
    expect(talang.totals.quotes).toBeLessThan(all.totals.quotes as number);
    expect(talang.totals.rfqs).toBe(all.totals.rfqs);
    await expectPageShows(page, expectedFigures(talang));
    await expect(page.getByTestId('kecamatan-note').isVisible()).resolves.toBe(true);

    // The deals CSV of the current filter, fetched with the officer's token and saved by the browser.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-deals-csv').click()]);
    expect(download.suggestedFilename()).toBe(`jalin-deals_${TALANG}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trim().split('\n').length).toBe(talang.totals.deals as number + 1 + (await cancelledDeals({ kecamatanCode: TALANG })));

    await page.getByTestId('lang-switch').click();
    await expect(page.locator('#kpi-label-rfqs').textContent()).resolves.toBe('RFQs posted');
    await expect(page.getByTestId('as-of').textContent()).resolves.toMatch(/^Updated /);
    await expectPageShows(page, expectedFigures(talang, 'en'));

    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('refuses a buyer: a clear message and no figures', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, DEMO_BUYERS[0].users[0].email);
    const refusal = page.getByTestId('not-allowed');
    await refusal.waitFor({ timeout: 20000 });
    // The demo buyer's account is in English, so the page is too.
    expect(DEMO_BUYERS[0].users[0].locale).toBe('en');
    await expect(refusal.textContent()).resolves.toContain('This page is not for your account’s role.');
    await expect(page.getByTestId('nav-account').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-testid^="kpi-"], [data-testid^="funnel-"]').count()).resolves.toBe(0);
    await context.close();
  });
});
