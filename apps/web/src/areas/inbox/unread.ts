import { useEffect, useState } from 'preact/hooks';

/** The unread count shown in the header and the nav; the inbox keeps it current. */
let count = 0;
/** Bumped by every change, so a server count asked for before a change cannot overwrite it. */
let generation = 0;
const listeners = new Set<(n: number) => void>();

export const unreadCount = (): number => count;
export const unreadGeneration = (): number => generation;

export function setUnreadCount(n: number): void {
  count = Math.max(0, n);
  generation += 1;
  listeners.forEach((listener) => listener(count));
}

/** A count the server gave for a question asked at `askedAt`: dropped when the badge changed since. */
export function setUnreadCountAsOf(askedAt: number, n: number): void {
  if (askedAt === generation) setUnreadCount(n);
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
