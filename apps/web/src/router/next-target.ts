import { HOME_OF, Role } from '../lib/roles';

/**
 * The link being followed when sign-in interrupted it (`/sign-in?next=/rfqs/12`): only an app
 * path on this origin, never `//elsewhere` or the API.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (/^\/(sign-in|sign-up|graphql|health|exports)(\/|\?|$)/.test(next)) return null;
  return next;
}

/** Where to go after signing in: the remembered link, else the role's home. */
export function afterSignIn(role: Role, next: string | null | undefined): string {
  return safeNext(next) ?? HOME_OF[role];
}

/** The sign-in path that comes back to `target` afterwards. */
export function signInFor(target: string): string {
  const next = safeNext(target);
  return next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
}
