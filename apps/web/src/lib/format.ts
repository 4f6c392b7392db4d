import type { Lang } from '../i18n/texts';

/** Jalin's users are in Kabupaten Tegal: every date and time is shown in WIB. */
export const TIME_ZONE = 'Asia/Jakarta';
const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** "7 Des 2026" (a Date scalar YYYY-MM-DD is a calendar date: no time-zone shift). */
export function formatDate(value: string | Date, lang: Lang): string {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+07:00`) : new Date(value);
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }).format(date);
}

/** "7 Des 2026 14.05 WIB". */
export function formatDateTime(value: string | Date, lang: Lang): string {
  const text = new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE,
  }).format(new Date(value));
  return `${text} WIB`;
}

/** Today's calendar date in WIB as YYYY-MM-DD (for date inputs' min and defaults). */
export function todayWib(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

/** Digits grouped by dots: "1250000" → "1.250.000" (exact: works on the digit string, no float). */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * "Rp 1.250.000" from the API's Idr scalar (a decimal string, maybe with ".00") or a number.
 * Cents are dropped only when zero; the figure never wraps (non-breaking space).
 */
export function formatRupiah(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  const text = typeof value === 'number' ? value.toFixed(2) : value.trim();
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace(/^[-+]/, '').split('.');
  const cents = fraction.replace(/0+$/, '');
  const grouped = groupDigits(whole.replace(/^0+(?=\d)/, ''));
  return `${negative ? '-' : ''}Rp\u00a0${grouped}${cents ? `,${cents.padEnd(2, '0')}` : ''}`;
}

/** The digits a user typed into a rupiah field ("Rp 1.250.000" → "1250000"), or "" when none. */
export function rupiahDigits(typed: string): string {
  return typed.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
}

/** Whole numbers for counts: "12.345" / "12,345". */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(value);
}
