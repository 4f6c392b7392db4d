import { useEffect, useState } from 'preact/hooks';
import { LangContext, hasStoredLang, storedLang, storeLang } from './i18n/lang';
import type { Lang } from './i18n/texts';
import { langOf } from './i18n/texts';
import { saveLocale } from './lib/preferences';
import { session, useSession } from './lib/session';
import { Router } from './router/Router';
import { ROUTES } from './router/areas';
import { Header } from './shell/Header';
import { Nav } from './shell/Nav';
import { OfflineBanner } from './ui';
import { useLiveInbox } from './areas/inbox/live-inbox';

/** The shell every screen sits in: header, offline banner, the routed screen, the bottom nav. */
export function App() {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const state = useSession();
  const signedIn = state.status === 'signed-in' ? state.user : null;
  useLiveInbox();

  /** A choice by the user: kept on this device and, when signed in, for their notifications too. */
  const setLang = (next: Lang) => {
    storeLang(next);
    setLangState(next);
    if (signedIn && signedIn.locale !== next) {
      session.updateUser({ ...signedIn, locale: next });
      void saveLocale(next).catch(() => undefined);
    }
  };

  useEffect(() => void session.resume(), []);
  // Until this device has a choice, a signed-in user's own language is used.
  useEffect(() => {
    if (signedIn && !hasStoredLang()) setLangState(langOf(signedIn.locale));
  }, [signedIn?.id]);
  useEffect(() => {
    document.documentElement.lang = lang;
    session.lang = lang;
  }, [lang]);

  return (
    <LangContext.Provider value={{ lang, setLang }}>
      <Header />
      <OfflineBanner />
      <main id="main" tabIndex={-1}>
        <Router routes={ROUTES} />
      </main>
      {signedIn && <Nav role={signedIn.role} />}
    </LangContext.Provider>
  );
}
