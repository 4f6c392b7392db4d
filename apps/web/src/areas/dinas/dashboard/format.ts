import type { Lang } from './i18n';

const numberLocale = (lang: Lang) => (lang === 'en' ? 'en-US' : 'id-ID');

/** A count with the locale's grouping: "1.234" (id), "1,234" (en). */
export const formatCount = (value: number, lang: Lang): string => new Intl.NumberFormat(numberLocale(lang)).format(value);

/** Whole rupiah (a decimal string, exact) as "Rp 1.250.000", the way Indonesian invoices write it, in both languages. */
export function formatIdr(value: string): string {
  const negative = value.startsWith('-');
  const digits = negative ? value.slice(1) : value;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}Rp ${grouped}`;
}

/** Rupiah in a compact form for chart axes: "Rp 1,2 jt" / "Rp 1.2M". */
export function formatIdrShort(value: number, lang: Lang): string {
  return `Rp ${new Intl.NumberFormat(numberLocale(lang), { notation: 'compact', maximumFractionDigits: 1 }).format(value)}`;
}

/** A share 0..1 as a percentage with one decimal: "42,5 %" / "42.5%". */
export function formatShare(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  const number = new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 1 }).format(value * 100);
  return lang === 'en' ? `${number}%` : `${number} %`;
}

/** Hours with at most one decimal, or a dash when there is no figure. */
export function formatHours(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 1 }).format(value);
}

/** A WIB date ("12 Mar 2026"). */
export const formatDate = (iso: string, lang: Lang): string =>
  new Intl.DateTimeFormat(numberLocale(lang), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Jakarta' }).format(new Date(iso));

/** A WIB time of day with seconds ("14.05.09"). */
export const formatTime = (iso: string, lang: Lang): string =>
  new Intl.DateTimeFormat(numberLocale(lang), { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Jakarta' }).format(new Date(iso));

/** "2026-03" as "Mar 2026". */
export function formatMonth(month: string, lang: Lang): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(numberLocale(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, m - 1, 1));
}
