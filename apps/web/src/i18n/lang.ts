import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { Lang, langOf, Texts } from './texts';

const LANG_KEY = 'jalin.lang';

/** The language chosen on this device (persisted), Bahasa Indonesia until one is chosen. */
export function storedLang(): Lang {
  try {
    return langOf(localStorage.getItem(LANG_KEY));
  } catch {
    return 'id';
  }
}

/** Whether the language was ever chosen on this device (else the user's own locale is used). */
export function hasStoredLang(): boolean {
  try {
    return localStorage.getItem(LANG_KEY) !== null;
  } catch {
    return false;
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

export interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const LangContext = createContext<LangState>({ lang: 'id', setLang: () => undefined });

export const useLang = (): LangState => useContext(LangContext);

/** The current language's table of an area's texts: `const t = useTexts(accountTexts)`. */
export function useTexts<K extends string>(texts: Texts<K>): Record<K, string> {
  return texts[useContext(LangContext).lang];
}
