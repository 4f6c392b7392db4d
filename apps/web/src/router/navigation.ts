import { useEffect, useState } from 'preact/hooks';

/** The location the app shows; changes by navigate() or the browser's back/forward. */
export interface Location {
  path: string;
  query: URLSearchParams;
}

const listeners = new Set<() => void>();
const read = (): Location => ({ path: window.location.pathname, query: new URLSearchParams(window.location.search) });

window.addEventListener('popstate', () => listeners.forEach((listener) => listener()));

/** Goes to an app path (`/rfqs/12?tab=quotes`) without reloading; `replace` keeps history short. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.scrollTo(0, 0);
  listeners.forEach((listener) => listener());
}

export function useLocation(): Location {
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const update = () => setLocation(read());
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return location;
}

/** Same-origin link clicks become navigate() calls; other clicks (new tab, download) stay the browser's. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element).closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== window.location.origin) return;
    if (/^\/(graphql|exports|health)/.test(anchor.pathname)) return;
    event.preventDefault();
    navigate(anchor.pathname + anchor.search);
  });
}
