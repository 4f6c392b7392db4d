import type { Locale, TaxonomyItem } from './taxonomy.types';

export const DEFAULT_LOCALE: Locale = 'id';

export function isLocale(value: unknown): value is Locale {
  return value === 'id' || value === 'en';
}

export function labelFor(item: TaxonomyItem, locale: Locale = DEFAULT_LOCALE): string {
  return locale === 'en' ? item.label : item.labelId;
}
