export type Locale = 'id' | 'en';

const SEPARATORS: Record<Locale, { thousands: string; decimal: string }> = {
  id: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/**
 * Formats without Intl so output never depends on the ICU data Node was built with:
 * id 1234567.5 -> "1.234.567,5", en -> "1,234,567.5". Trailing fraction zeros are dropped.
 */
export function formatNumber(value: number, locale: Locale, maxFractionDigits = 0): string {
  const { thousands, decimal } = SEPARATORS[locale];
  const [integerPart, fractionPart = ''] = Math.abs(value).toFixed(maxFractionDigits).split('.');
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const fraction = fractionPart.replace(/0+$/, '');
  const isZero = /^[0.]*$/.test(integerPart + fraction);
  const sign = value < 0 && !isZero ? '-' : '';
  return sign + grouped + (fraction ? decimal + fraction : '');
}
