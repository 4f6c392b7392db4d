import type { Area } from '../../router/area';
import { lazyScreen } from '../../router/route';

/** The IKM owner's screens: a chunk of its own, loaded when an IKM opens one. */
export const ikmArea: Area = {
  name: 'ikm',
  routes: [
    { path: '/ikm', access: ['IKM'], screen: lazyScreen(() => import('./Home')) },
    // Links Jalin sends (notification-planner.service.ts): the IKM's view of them.
    { path: '/rfqs/:id', access: ['IKM'], screen: lazyScreen(() => import('./RfqDetail')) },
    { path: '/deals/:id', access: ['IKM'], screen: lazyScreen(() => import('./DealDetail')) },
    { path: '/profile', access: ['IKM'], screen: lazyScreen(() => import('./Profile')) },
  ],
  nav: [{ href: '/ikm', label: { id: 'Pekerjaan', en: 'Jobs' }, roles: ['IKM'], testId: 'nav-ikm' }],
};
