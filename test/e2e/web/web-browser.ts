/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../dashboard/dashboard-browser';

export { launchChromium };
export { ensureWebAppBuilt } from '../../support/web-app-build';

const REPO_ROOT = join(__dirname, '..', '..', '..');
/** Screenshots for review, outside git (test-artifacts/ is ignored). */
export const WEB_ARTIFACTS = join(REPO_ROOT, 'test-artifacts', 'web');

/** The IKM owner's phone: 360x800, touch, a phone's pixel ratio. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
}

/** The buyer's office screen. */
export function desktopContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
}

/** Runs axe-core (WCAG 2.x A/AA rules) on the page as it is now: no serious or critical violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  if (bad.length) throw new Error(`axe-core on "${name}":\n${bad.join('\n')}`);
}

/** Nothing wider than the screen: a phone never scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page, name: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  if (scroll > client) throw new Error(`"${name}" scrolls sideways: ${scroll} px of content in ${client} px`);
}

/** Writes test-artifacts/web/<name>.png (the whole page) for review. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(WEB_ARTIFACTS, { recursive: true });
  // From the top: a full-page picture taken scrolled down draws the sticky header and nav mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(WEB_ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A screen is done when it is accessible, fits the phone, and its picture is saved. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await expectNoHorizontalScroll(page, name);
  await screenshot(page, name);
}

const PHONE = { width: 360, height: 800 };

/**
 * A desk screen checked as it is, then again at 360x800 (the buyer may open the same page on a
 * phone): <name>-desktop.png and <name>-phone.png. Back at the desk's size afterwards.
 */
export async function checkDeskAndPhone(page: Page, name: string): Promise<void> {
  const desk = page.viewportSize();
  await checkScreen(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await checkScreen(page, `${name}-phone`);
  if (desk) await page.setViewportSize(desk);
}

/** Signs in through the form (the page lands where the role's home or the followed link is). */
export async function signInThroughForm(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('[data-testid=sign-in-form] button[type=submit]').click();
}

/** A page that records its script errors into `errors` (each test expects none). */
export async function pageCollectingErrors(context: BrowserContext, errors: string[], who = ''): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  page.on('pageerror', (error) => errors.push(who ? `${who}: ${error.message}` : error.message));
  return page;
}

/** yyyy-mm-dd `days` from today, as a date field takes it. */
export const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The text as read, with non-breaking spaces as plain ones (rupiah figures never wrap). */
export const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').trim();

/**
 * For a file whose tests each start on a fresh 360x800 phone: a new context and page before each
 * test (read them from the returned object inside the test), closed after it, and no script error
 * may have happened on the page.
 */
export function phonePagePerTest(browser: () => Browser): { readonly context: BrowserContext; readonly page: Page } {
  const current = {} as { context: BrowserContext; page: Page };
  let errors: string[] = [];
  beforeEach(async () => {
    errors = [];
    current.context = await phoneContext(browser());
    current.page = await pageCollectingErrors(current.context, errors);
  });
  afterEach(async () => {
    await current.context.close();
    expect(errors).toEqual([]);
  });
  return current;
}
