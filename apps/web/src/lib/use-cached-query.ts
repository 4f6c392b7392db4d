import { useEffect } from 'preact/hooks';
import { CachedList, loadList, saveList } from './offline-cache';
import { useSession } from './session';
import { QueryState, useQuery } from './use-query';

export interface CachedQueryState<T> extends QueryState<T> {
  /** When the data shown is the copy saved on this device (offline or the server failed). */
  savedAt: string | null;
}

/**
 * useQuery for the lists the app must show offline (inbox, RFQs): each answer is saved on the
 * device; when the server cannot be reached the last saved answer is shown with its time.
 */
export function useCachedQuery<T>(list: CachedList, query: string, variables: Record<string, unknown> = {}): CachedQueryState<T> {
  const state = useSession();
  const userId = state.status === 'signed-in' ? state.user.id : null;
  const result = useQuery<T>(query, variables);
  useEffect(() => {
    if (userId && result.data) saveList(list, userId, result.data);
  }, [userId, result.data]);
  if (result.data || !userId) return { ...result, savedAt: null };
  const saved = result.error || (state.status === 'signed-in' && state.offline) ? loadList<T>(list, userId) : null;
  return saved ? { ...result, data: saved.data, error: null, savedAt: saved.savedAt } : { ...result, savedAt: null };
}
