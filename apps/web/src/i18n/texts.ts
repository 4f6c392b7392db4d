/** The two languages of the app: Bahasa Indonesia first, English by the switch. */
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** One area's texts: every key in both languages, so a missing translation does not compile. */
export interface Texts<K extends string> {
  id: Record<K, string>;
  en: Record<K, string>;
}

/**
 * Declares an area's texts. The keys come from the Indonesian table; the English one must have
 * exactly those keys (NoInfer keeps English from widening them).
 */
export function defineTexts<K extends string>(id: Record<K, string>, en: NoInfer<Record<K, string>>): Texts<K> {
  return { id, en };
}

/** Fills `{name}` placeholders: fill('dari {n} terdaftar', { n: 5 }). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const langOf = (locale: string | null | undefined): Lang => (locale === 'en' ? 'en' : 'id');
