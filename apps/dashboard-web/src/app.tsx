import { useEffect, useMemo, useState } from 'preact/hooks';
import { Session } from './session';
import type { SessionUser } from './queries';
import { Lang, langOf, TEXTS } from './i18n';
import { LoginForm } from './components/LoginForm';
import { DashboardView } from './components/DashboardView';

const ALLOWED_ROLES = ['DINAS', 'ADMIN'];

export function App() {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [lang, setLang] = useState<Lang>('id');
  const [resuming, setResuming] = useState(true);
  const session = useMemo(() => new Session(setUser), []);
  const t = TEXTS[lang];

  useEffect(() => {
    void session.resume().then((resumed) => {
      if (resumed && session.user) setLang(langOf(session.user.locale));
      setResuming(false);
    });
  }, [session]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `Jalin · ${t.appTitle}`;
  }, [lang]);

  const login = async (email: string, password: string) => {
    await session.login(email, password);
    setLang(langOf(session.user?.locale));
  };
  const allowed = user !== null && ALLOWED_ROLES.includes(user.role);

  return (
    <div class="page">
      <header class="header">
        <div>
          <h1>{t.appTitle}</h1>
          <p class="subtitle">{t.appSubtitle}</p>
        </div>
        <div class="header-actions">
          {user && <span class="muted" data-testid="signed-in-as">{t.signedInAs} {user.name}</span>}
          <button type="button" class="secondary" data-testid="lang-toggle" aria-label={`${t.language}: ${t.switchLanguage}`}
            onClick={() => setLang(lang === 'id' ? 'en' : 'id')}>
            {lang === 'id' ? 'EN' : 'ID'}
          </button>
          {user && <button type="button" class="secondary" data-testid="logout" onClick={() => void session.logout()}>{t.signOut}</button>}
        </div>
      </header>
      {resuming ? null : !user ? (
        <LoginForm t={t} onLogin={login} />
      ) : !allowed ? (
        <p class="refusal panel" role="alert" data-testid="not-allowed">{t.notAllowed}</p>
      ) : (
        <DashboardView session={session} t={t} lang={lang} />
      )}
    </div>
  );
}
