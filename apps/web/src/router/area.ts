import type { Lang } from '../i18n/texts';
import type { Role } from '../lib/roles';
import type { RouteEntry } from './route';

/** A destination in the bottom navigation, shown to the roles named. */
export interface NavEntry {
  href: string;
  /** Both languages, so a missing translation does not compile. */
  label: Record<Lang, string>;
  roles: readonly Role[];
  testId?: string;
}

/**
 * One area of the app (src/areas/<name>/routes.ts). Its routes join the one table in
 * router/areas.ts; a path may appear in several areas with different roles (`/rfqs/:id` for IKM
 * in ikm, for BUYER in buyer): the router takes the first entry whose roles include the user's.
 */
export interface Area {
  name: string;
  routes: readonly RouteEntry[];
  nav: readonly NavEntry[];
}
