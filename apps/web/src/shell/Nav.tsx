import { useLang, useTexts } from '../i18n/lang';
import { commonTexts } from '../i18n/common';
import { fill } from '../i18n/texts';
import type { Role } from '../lib/roles';
import { NAV } from '../router/areas';
import { BottomNav } from '../ui';
import { useUnreadCount } from '../areas/inbox/unread';

/** The bottom navigation of the signed-in user's role. */
export function Nav({ role }: { role: Role }) {
  const { lang } = useLang();
  const t = useTexts(commonTexts);
  const unread = useUnreadCount();
  const items = NAV.filter((entry) => entry.roles.includes(role)).map((entry) => ({
    href: entry.href,
    label: entry.label[lang],
    testId: entry.testId,
    ...(entry.href === '/inbox' ? { badge: unread, badgeLabel: fill(t.unreadBadge, { n: unread }) } : {}),
  }));
  return <BottomNav items={items} label={t.mainNav} />;
}
