/** Locales notifications are written in: Bahasa Indonesia (default) and English. */
export const LOCALES = ['id', 'en'] as const;
export type NotificationLocale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is NotificationLocale => LOCALES.includes(value as NotificationLocale);

/** A stored locale, or the default when it is missing or unknown. */
export const localeOr = (value: string | null | undefined): NotificationLocale => (isLocale(value) ? value : 'id');
