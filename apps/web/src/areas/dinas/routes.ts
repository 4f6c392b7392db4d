import type { Area } from '../../router/area';
import { lazyScreen } from '../../router/route';

/** The Dinas officer's screens (dashboard with chart.js): only this chunk loads chart.js. */
export const dinasArea: Area = {
  name: 'dinas',
  routes: [
    { path: '/dinas', access: ['DINAS', 'ADMIN'], screen: lazyScreen(() => import('./Dashboard')) },
    // Only the Dinas verifies (verifyProfile is DINAS-only), so the queue is theirs.
    { path: '/verification', access: ['DINAS'], screen: lazyScreen(() => import('./VerificationQueue')) },
    { path: '/ikm-directory', access: ['DINAS', 'ADMIN'], screen: lazyScreen(() => import('./IkmDirectory')) },
  ],
  nav: [
    { href: '/dinas', label: { id: 'Dasbor', en: 'Dashboard' }, roles: ['DINAS', 'ADMIN'], testId: 'nav-dinas' },
    { href: '/verification', label: { id: 'Antrean', en: 'Queue' }, roles: ['DINAS'], testId: 'nav-verification' },
    // The admin reaches the directory from the staff screen: five items is all a 360 px bar holds.
    { href: '/ikm-directory', label: { id: 'IKM', en: 'IKMs' }, roles: ['DINAS'], testId: 'nav-ikm-directory' },
  ],
};
