import { useEffect, useState } from 'preact/hooks';
import { onUnreadCount, unreadCount } from './unread-count';

export function useUnreadCount(): number {
  const [n, setN] = useState(unreadCount());
  useEffect(() => {
    setN(unreadCount());
    return onUnreadCount(setN);
  }, []);
  return n;
}
