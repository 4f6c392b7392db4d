import type { Area } from '../../router/area';
import { lazyScreen } from '../../router/route';

/** The buyer's screens: a chunk of its own, loaded when a buyer opens one. */
export const buyerArea: Area = {
  name: 'buyer',
  routes: [
    { path: '/buyer', access: ['BUYER'], screen: lazyScreen(() => import('./MyRfqs')) },
    // Before `/rfqs/:id`, which would take "new" for an id.
    { path: '/rfqs/new', access: ['BUYER'], screen: lazyScreen(() => import('./NewRfq')) },
    // Links Jalin sends (notification-planner.service.ts): the buyer's view of them.
    { path: '/rfqs/:id', access: ['BUYER'], screen: lazyScreen(() => import('./RfqDetail')) },
    { path: '/deals', access: ['BUYER'], screen: lazyScreen(() => import('./Deals')) },
    { path: '/deals/:id', access: ['BUYER'], screen: lazyScreen(() => import('./DealDetail')) },
    { path: '/suppliers', access: ['BUYER'], screen: lazyScreen(() => import('./Suppliers')) },
  ],
  nav: [
    { href: '/buyer', label: { id: 'RFQ saya', en: 'My RFQs' }, roles: ['BUYER'], testId: 'nav-buyer' },
    { href: '/rfqs/new', label: { id: 'Buat RFQ', en: 'Post RFQ' }, roles: ['BUYER'], testId: 'nav-buyer-new' },
    { href: '/deals', label: { id: 'Kesepakatan', en: 'Deals' }, roles: ['BUYER'], testId: 'nav-buyer-deals' },
    { href: '/suppliers', label: { id: 'Pemasok', en: 'Suppliers' }, roles: ['BUYER'], testId: 'nav-buyer-suppliers' },
  ],
};
