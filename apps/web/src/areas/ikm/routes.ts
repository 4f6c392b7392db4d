import type { Area } from '../../router/area';
import { lazyScreen } from '../../router/route';

/** The IKM owner's screens: a chunk of its own, loaded when an IKM opens one. */
export const ikmArea: Area = {
  name: 'ikm',
  routes: [
    { path: '/ikm', access: ['IKM'], screen: lazyScreen(() => import('./Jobs')) },
    // Links Jalin sends (notification-planner.service.ts): the IKM's view of them.
    { path: '/rfqs/:id', access: ['IKM'], screen: lazyScreen(() => import('./RfqDetail')) },
    { path: '/deals/:id', access: ['IKM'], screen: lazyScreen(() => import('./DealDetail')) },
    { path: '/profile', access: ['IKM'], screen: lazyScreen(() => import('./Profile')) },
    { path: '/quotes', access: ['IKM'], screen: lazyScreen(() => import('./Quotes')) },
    { path: '/deals', access: ['IKM'], screen: lazyScreen(() => import('./Deals')) },
  ],
  // Soft hyphens (\u00ad): six entries share 360 px, so a long word breaks at a syllable, not anywhere.
  nav: [
    { href: '/ikm', label: { id: 'Peker\u00adjaan', en: 'Jobs' }, roles: ['IKM'], testId: 'nav-ikm' },
    { href: '/quotes', label: { id: 'Pena\u00adwaran', en: 'Quotes' }, roles: ['IKM'], testId: 'nav-ikm-quotes' },
    { href: '/deals', label: { id: 'Kese\u00adpa\u00adkatan', en: 'Deals' }, roles: ['IKM'], testId: 'nav-ikm-deals' },
    { href: '/profile', label: { id: 'Profil', en: 'Profile' }, roles: ['IKM'], testId: 'nav-ikm-profile' },
  ],
};
