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
  await page.screenshot({ path: join(WEB_ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A screen is done when it is accessible, fits the phone, and its picture is saved. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await expectNoHorizontalScroll(page, name);
  await screenshot(page, name);
}
