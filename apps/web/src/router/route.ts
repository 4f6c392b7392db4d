import type { ComponentType } from 'preact';
import type { Role } from '../lib/roles';

/** What every screen receives: the path parameters (`/rfqs/:id` → { id }) and the query string. */
export interface ScreenProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

export type Screen = ComponentType<ScreenProps>;

/**
 * Who may open a route: 'public' (anyone, signed in or not), 'guest' (only signed out: sign-in,
 * sign-up), or the roles allowed (a signed-out visitor is sent to sign-in and comes back after).
 */
export type Access = 'public' | 'guest' | readonly Role[];

export interface RouteEntry {
  /** `/rfqs/:id`; segments starting with ':' are parameters. */
  path: string;
  screen: Screen;
  access: Access;
}

/** Loads a screen's module on first use (a separate chunk): lazyScreen(() => import('./IkmHome')). */
export { lazyScreen } from './lazy-screen';
