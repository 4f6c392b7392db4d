import { useEffect, useState } from 'preact/hooks';

/** The unread count shown in the header and the nav; the inbox keeps it current. */
let count = 0;
const listeners = new Set<(n: number) => void>();

export const unreadCount = (): number => count;

export function setUnreadCount(n: number): void {
  count = Math.max(0, n);
  listeners.forEach((listener) => listener(count));
}

export function useUnreadCount(): number {
  const [n, setN] = useState(count);
  useEffect(() => {
    listeners.add(setN);
    setN(count);
    return () => void listeners.delete(setN);
  }, []);
  return n;
}
