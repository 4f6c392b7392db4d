import { NotificationLocale } from '../locale';

/**
 * Whole rupiah as "Rp 1.250.000" in both locales (the way Indonesian invoices write it), exact
 * beyond 2^53 because it groups the decimal string instead of a float.
 */
export function formatRupiah(value: bigint | string | number): string {
  const digits = BigInt(value).toString();
  const negative = digits.startsWith('-');
  const grouped = digits.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}Rp ${grouped}`;
}

const WIB: Record<NotificationLocale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
};

/** A moment in Western Indonesia Time, whatever the server's zone: "5 Desember 2026 pukul 17.00 WIB". */
export function formatWib(at: Date | string, locale: NotificationLocale): string {
  return `${WIB[locale].format(new Date(at))} WIB`;
}

// Made once: building an Intl.NumberFormat costs far more than formatting with it.
const COUNT: Record<NotificationLocale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};

/** Whole numbers grouped the locale's way: 1.000 (id), 1,000 (en). */
export function formatCount(value: number, locale: NotificationLocale): string {
  return COUNT[locale].format(value);
}
