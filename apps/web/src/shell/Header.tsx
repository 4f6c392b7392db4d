import { useLang, useTexts } from '../i18n/lang';
import { commonTexts } from '../i18n/common';
import { useSession } from '../lib/session';
import { useUnreadCount } from '../areas/inbox/unread';
import { fill } from '../i18n/texts';

/** Brand, unread badge and language switch: one row that fits 360 px. */
export function Header() {
  const { lang, setLang } = useLang();
  const t = useTexts(commonTexts);
  const state = useSession();
  const unread = useUnreadCount();
  return (
    <header class="app-header">
      <a class="skip-link" href="#main">{t.skipToContent}</a>
      <a class="brand" href="/">{t.appName}</a>
      <div class="header-actions">
        {state.status === 'signed-in' && (
          <a class="header-inbox" href="/inbox" data-testid="header-inbox" aria-label={`${t.inbox}: ${fill(t.unreadBadge, { n: unread })}`}>
            <svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" /><path d="M13.7 21a2 2 0 0 1-3.4 0" /></svg>
            {unread > 0 && <span class="badge" data-testid="unread-badge" aria-hidden="true">{unread > 99 ? '99+' : unread}</span>}
          </a>
        )}
        <button type="button" class="btn btn-secondary lang-switch" data-testid="lang-switch" lang={lang === 'id' ? 'en' : 'id'}
          aria-label={`${t.language}: ${t.switchToOther}`} onClick={() => setLang(lang === 'id' ? 'en' : 'id')}>
          {t.switchToOtherShort}
        </button>
      </div>
    </header>
  );
}
