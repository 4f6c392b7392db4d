import type { RouteEntry } from './route';

export interface Match {
  route: RouteEntry;
  params: Record<string, string>;
}

/** The parameters when `path` fits `pattern` (`/rfqs/:id`), else null. Trailing slashes do not count. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      try {
        params[want[i].slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== got[i]) return null;
  }
  return params;
}

/** The first route of the table that fits the path (the table's order decides). */
export function findRoute(routes: readonly RouteEntry[], path: string): Match | null {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}
