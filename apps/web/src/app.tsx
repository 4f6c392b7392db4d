import { useEffect, useState } from 'preact/hooks';
import { LangContext, storedLang, storeLang } from './i18n/lang';
import type { Lang } from './i18n/texts';
import { langOf } from './i18n/texts';
import { session, useSession } from './lib/session';
import { Router } from './router/Router';
import { ROUTES } from './router/areas';
import { Header } from './shell/Header';
import { Nav } from './shell/Nav';
import { OfflineBanner } from './ui';

/** The shell every screen sits in: header, offline banner, the routed screen, the bottom nav. */
export function App() {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const state = useSession();
  const setLang = (next: Lang) => {
    storeLang(next);
    setLangState(next);
  };

  useEffect(() => void session.resume(), []);
  // A signed-in user's own language wins over the device's last choice.
  useEffect(() => {
    if (state.status === 'signed-in') setLang(langOf(state.user.locale));
  }, [state.status === 'signed-in' ? state.user.id : null]);
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
      {state.status === 'signed-in' && <Nav role={state.user.role} />}
    </LangContext.Provider>
  );
}
