import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
