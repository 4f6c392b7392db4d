import type { Area } from '../../router/area';
import { lazyScreen } from '../../router/route';

/** The admin's screens (staff accounts). */
export const adminArea: Area = {
  name: 'admin',
  routes: [{ path: '/admin', access: ['ADMIN'], screen: lazyScreen(() => import('./StaffAccounts')) }],
  nav: [{ href: '/admin', label: { id: 'Petugas', en: 'Staff' }, roles: ['ADMIN'], testId: 'nav-admin' }],
};
