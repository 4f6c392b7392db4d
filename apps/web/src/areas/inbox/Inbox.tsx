import { useEffect, useState } from 'preact/hooks';
import { useLang, useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fill } from '../../i18n/texts';
import { formatDateTime } from '../../lib/format';
import { session } from '../../lib/session';
import { useCachedQuery } from '../../lib/use-cached-query';
import { navigate } from '../../router/navigation';
import { Button, EmptyState, ErrorState, LoadingState, ScreenTitle } from '../../ui';
import { inboxTexts } from './i18n';
import { clearArrived, recountUnread, useArrived } from './live-inbox';
import { appPathOf, INBOX_PAGE, InboxData, InboxNotification, MARK_READ, NOTIFICATIONS } from './notification-queries';
import { setUnreadCount, unreadCount } from './unread-count';

/** The notifications, newest first; live arrivals join the top; opening one marks it read. */
export default function Inbox() {
  const t = useTexts(inboxTexts);
  const c = useTexts(commonTexts);
  const { lang } = useLang();
  const query = useCachedQuery<InboxData>('inbox', NOTIFICATIONS, { first: INBOX_PAGE });
  const arrived = useArrived();
  const [readIds, setReadIds] = useState<Set<string>>(new Set());

  useEffect(() => {
    if (query.data && !query.savedAt) {
      setUnreadCount(query.data.unread.totalCount);
      clearArrived();
    }
  }, [query.data]);

  const loaded = query.data?.notifications.nodes ?? [];
  const list = [...arrived, ...loaded.filter((n) => !arrived.some((a) => a.id === n.id))];
  const isUnread = (n: InboxNotification) => !n.readAt && !readIds.has(n.id);

  const markRead = async (ids: string[]) => {
    if (ids.length === 0) return;
    setReadIds(new Set([...readIds, ...ids]));
    setUnreadCount(unreadCount() - ids.length);
    await session.call(MARK_READ, { ids }).catch(() => undefined);
    // A count asked while the write was in flight (a live arrival's) may still include these.
    await recountUnread();
  };
  const open = (n: InboxNotification) => {
    if (isUnread(n)) void markRead([n.id]);
    navigate(appPathOf(n.link));
  };
  const unreadIds = list.filter(isUnread).map((n) => n.id);

  return (
    <div>
      <ScreenTitle title={t.title}>
        {unreadIds.length > 0 && <Button variant="secondary" data-testid="mark-all-read" onClick={() => void markRead(unreadIds)}>{t.markAllRead}</Button>}
      </ScreenTitle>
      {query.savedAt && <p class="notice" data-testid="inbox-saved">{fill(c.offlineSaved, { when: formatDateTime(query.savedAt, lang) })}</p>}
      {list.length > 0 ? (
        <ul class="list" aria-label={t.title} data-testid="inbox-list">
          {list.map((n) => (
            <li key={n.id} class={`list-item${isUnread(n) ? ' unread' : ''}`} data-testid="notification">
              <a class="list-link" href={appPathOf(n.link)} onClick={(event) => {
                event.preventDefault();
                open(n);
              }}>
                <span class="list-title">
                  {isUnread(n) && <span class="visually-hidden">{t.unread}: </span>}
                  {n.title}
                </span>
                <span class="list-body">{n.body}</span>
                <span class="list-meta">{formatDateTime(n.createdAt, lang)}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : query.loading ? (
        <LoadingState />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={query.reload} />
      ) : (
        <EmptyState text={t.empty} />
      )}
      <p class="links"><a href="/account/notifications" data-testid="preferences-link">{t.preferencesLink}</a></p>
    </div>
  );
}
