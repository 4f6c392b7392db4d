import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';

const REPO_ROOT = join(__dirname, '..', '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds the app with its Dinas dashboard (`npm run build:web`) when dist/web has none, so this test runs on its own. */
export function ensureDashboardPageBuilt(): void {
  if (existsSync(join(REPO_ROOT, 'dist', 'web', 'index.html'))) return;
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    // Jest runs with NODE_ENV=test, which vite would inherit and build a non-production bundle:
    // import.meta.env.PROD false, so no service worker is registered and the offline steps wait forever.
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Debian's chromium, headless, without anything that calls home. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (scripts/ci/ensure-chromium.sh)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// The page's number formats, written out again here so the test checks them rather than trusting them.
const grouping = (lang: 'id' | 'en', digits = 0) => new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: digits });
export const countText = (n: number, lang: 'id' | 'en' = 'id') => grouping(lang).format(n);
export const idrText = (value: string) => `Rp ${value.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
export const shareText = (share: number | null, lang: 'id' | 'en' = 'id') =>
  share === null ? '–' : `${grouping(lang, 1).format(share * 100)}${lang === 'en' ? '%' : ' %'}`;
export const hoursText = (hours: number | null, lang: 'id' | 'en' = 'id') => (hours === null ? '–' : grouping(lang, 1).format(hours));
