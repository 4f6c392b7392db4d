import { useEffect } from 'preact/hooks';
import { useTexts } from '../i18n/lang';
import { commonTexts } from '../i18n/common';
import { useSession } from '../lib/session';
import { LoadingState } from '../ui/states';
import { HOME_OF } from '../lib/roles';
import { matchPath } from './match';
import { navigate, useLocation } from './navigation';
import { afterSignIn, signInFor } from './next-target';
import type { RouteEntry } from './route';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return <LoadingState />;
}

function Message({ title, body, testId }: { title: string; body: string; testId: string }) {
  return (
    <div class="state" data-testid={testId}>
      <h1>{title}</h1>
      <p>{body}</p>
    </div>
  );
}

/**
 * Shows the screen of the current path. A signed-out visitor of a signed-in route goes to sign-in
 * with the path remembered (`?next=`); among entries of the same path the one for the user's role wins.
 */
export function Router({ routes }: { routes: readonly RouteEntry[] }) {
  const { path, query } = useLocation();
  const state = useSession();
  const t = useTexts(commonTexts);
  const matches = routes.flatMap((route) => {
    const params = matchPath(route.path, path);
    return params ? [{ route, params }] : [];
  });

  if (matches.length === 0) return <Message title={t.notFoundTitle} body={t.notFoundBody} testId="not-found" />;
  const open = matches.find((m) => m.route.access === 'public');
  if (open) return <open.route.screen params={open.params} query={query} />;
  const guest = matches.find((m) => m.route.access === 'guest');
  // A guest screen (sign-in) shows at once rather than after the session's refresh round trip;
  // when that finds a session, the signed-in user moves on to where they were going.
  if (guest && state.status !== 'signed-in') return <guest.route.screen params={guest.params} query={query} />;
  if (state.status === 'resuming') return <LoadingState />;
  if (guest && state.status === 'signed-in') return <Redirect to={afterSignIn(state.user.role, query.get('next'))} />;
  if (state.status === 'signed-out') return <Redirect to={signInFor(path + (query.size ? `?${query}` : ''))} />;

  const role = state.user.role;
  const mine = matches.find((m) => Array.isArray(m.route.access) && m.route.access.includes(role));
  if (!mine) {
    if (path === '/') return <Redirect to={HOME_OF[role]} />;
    return <Message title={t.notAllowedTitle} body={t.notAllowedBody} testId="not-allowed" />;
  }
  return <mine.route.screen params={mine.params} query={query} />;
}
