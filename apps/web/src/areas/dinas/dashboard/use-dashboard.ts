import { useEffect, useRef, useState } from 'preact/hooks';
import { graphql } from './api';
import { DASHBOARD, Dashboard, DashboardFilter } from './queries';
import { session } from '../../../lib/session';

/** Re-query this often, so the page follows the market live. */
export const POLL_MS = 5000;

/**
 * The dashboard of `filter`: queried at once when the filter changes, then every POLL_MS. A late
 * answer for an older filter never replaces a newer one.
 */
export function useDashboard(filter: DashboardFilter) {
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  useEffect(() => {
    let stopped = false;
    const load = async () => {
      const ticket = ++latest.current;
      try {
        const result = await session.withToken((token) => graphql<{ dashboard: Dashboard }>(DASHBOARD, { filter }, token));
        if (stopped || ticket !== latest.current) return;
        setData(result.dashboard);
        setError(null);
      } catch (e) {
        if (stopped || ticket !== latest.current) return;
        setError((e as Error).message);
      } finally {
        if (!stopped && ticket === latest.current) setLoading(false);
      }
    };
    setLoading(true);
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [JSON.stringify(filter)]);

  return { data, error, loading };
}
