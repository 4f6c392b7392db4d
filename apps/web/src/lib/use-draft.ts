import { useEffect, useState } from 'preact/hooks';

const PREFIX = 'jalin.draft.';

/**
 * A form's values kept in localStorage under `key` as they are typed, so a quote being written
 * survives a reload or a lost connection. clear() after the server accepted it.
 */
export function useDraft<T extends object>(key: string, initial: T): [T, (next: T | ((previous: T) => T)) => void, () => void] {
  const storageKey = PREFIX + key;
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = localStorage.getItem(storageKey);
      return saved ? { ...initial, ...(JSON.parse(saved) as Partial<T>) } : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      /* storage full or disabled: the draft lasts for this page only */
    }
  }, [storageKey, value]);
  const clear = () => {
    try {
      localStorage.removeItem(storageKey);
    } catch {
      /* nothing saved */
    }
    setValue(initial);
  };
  return [value, setValue, clear];
}
