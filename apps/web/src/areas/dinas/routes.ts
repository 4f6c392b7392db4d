import type { Area } from '../../router/area';
import { lazyScreen } from '../../router/route';

/** The Dinas officer's screens (dashboard with chart.js): only this chunk loads chart.js. */
export const dinasArea: Area = {
  name: 'dinas',
  routes: [{ path: '/dinas', access: ['DINAS', 'ADMIN'], screen: lazyScreen(() => import('./Dashboard')) }],
  nav: [{ href: '/dinas', label: { id: 'Dasbor', en: 'Dashboard' }, roles: ['DINAS', 'ADMIN'], testId: 'nav-dinas' }],
};
