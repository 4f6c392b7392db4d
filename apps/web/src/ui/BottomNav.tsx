import { useLocation } from '../router/navigation';

export interface NavItem {
  href: string;
  label: string;
  /** A count shown on the item (unread notifications). */
  badge?: number;
  badgeLabel?: string;
  testId?: string;
}

/**
 * The primary destinations at the bottom of a phone screen, within thumb reach; on a wide
 * screen the same bar sits under the header. The current one is marked aria-current.
 */
export function BottomNav({ items, label }: { items: readonly NavItem[]; label: string }) {
  const { path } = useLocation();
  return (
    <nav class="bottom-nav" aria-label={label}>
      <ul>
        {items.map((item) => {
          const current = path === item.href || path.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <a href={item.href} aria-current={current ? 'page' : undefined} data-testid={item.testId}>
                <span>{item.label}</span>
                {item.badge ? <span class="badge" aria-label={item.badgeLabel}>{item.badge > 99 ? '99+' : item.badge}</span> : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
