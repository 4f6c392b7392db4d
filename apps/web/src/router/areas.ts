import type { Area } from './area';
import { accountArea } from '../areas/account/routes';
import { inboxArea } from '../areas/inbox/routes';
import { ikmArea } from '../areas/ikm/routes';
import { buyerArea } from '../areas/buyer/routes';
import { dinasArea } from '../areas/dinas/routes';
import { adminArea } from '../areas/admin/routes';

/**
 * Every area of the app. The router tries their routes in this order; the bottom navigation
 * lists their entries in it too (the role's own area first, inbox and account last).
 */
export const AREAS: readonly Area[] = [ikmArea, buyerArea, dinasArea, adminArea, inboxArea, accountArea];

export const ROUTES = AREAS.flatMap((area) => area.routes);
export const NAV = AREAS.flatMap((area) => area.nav);
