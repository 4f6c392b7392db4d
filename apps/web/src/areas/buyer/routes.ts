import type { Area } from '../../router/area';
import { lazyScreen } from '../../router/route';

/** The buyer's screens: a chunk of its own, loaded when a buyer opens one. */
export const buyerArea: Area = {
  name: 'buyer',
  routes: [
    { path: '/buyer', access: ['BUYER'], screen: lazyScreen(() => import('./Home')) },
    // Links Jalin sends (notification-planner.service.ts): the buyer's view of them.
    { path: '/rfqs/:id', access: ['BUYER'], screen: lazyScreen(() => import('./RfqDetail')) },
    { path: '/deals/:id', access: ['BUYER'], screen: lazyScreen(() => import('./DealDetail')) },
  ],
  nav: [{ href: '/buyer', label: { id: 'RFQ saya', en: 'My RFQs' }, roles: ['BUYER'], testId: 'nav-buyer' }],
};
