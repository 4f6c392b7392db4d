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
            <span aria-hidden="true">🔔</span>
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
