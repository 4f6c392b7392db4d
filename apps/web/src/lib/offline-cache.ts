/**
 * The last lists the user saw (inbox, RFQs), per user, so the app opened offline still shows
 * them. Only lists are kept, and only on this device (localStorage).
 */
export type CachedList = 'inbox' | 'rfqs';

interface Entry<T> {
  savedAt: string;
  data: T;
}

const keyOf = (list: CachedList, userId: string) => `jalin.cache.${userId}.${list}`;

export function saveList<T>(list: CachedList, userId: string, data: T): void {
  try {
    localStorage.setItem(keyOf(list, userId), JSON.stringify({ savedAt: new Date().toISOString(), data } satisfies Entry<T>));
  } catch {
    /* storage full: the next successful load tries again */
  }
}

export function loadList<T>(list: CachedList, userId: string): Entry<T> | null {
  try {
    const saved = localStorage.getItem(keyOf(list, userId));
    return saved ? (JSON.parse(saved) as Entry<T>) : null;
  } catch {
    return null;
  }
}

/** The last signed-in user on this device, so an offline start knows whose lists to show. */
const LAST_USER_KEY = 'jalin.cache.lastUser';

export function rememberUser(user: object): void {
  try {
    localStorage.setItem(LAST_USER_KEY, JSON.stringify(user));
  } catch {
    /* ignore */
  }
}

export function lastUser<T>(): T | null {
  try {
    const saved = localStorage.getItem(LAST_USER_KEY);
    return saved ? (JSON.parse(saved) as T) : null;
  } catch {
    return null;
  }
}

export function forgetUser(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('jalin.cache.')) localStorage.removeItem(key);
  } catch {
    /* ignore */
  }
}
