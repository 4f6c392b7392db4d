import type { Area } from '../../router/area';
import { ROLES } from '../../lib/roles';
import Inbox from './Inbox';
import Preferences from './Preferences';

/** The notifications inbox: in the main chunk (the screen a notification's reader lands on). */
export const inboxArea: Area = {
  name: 'inbox',
  routes: [
    { path: '/inbox', access: ROLES, screen: Inbox },
    { path: '/account/notifications', access: ROLES, screen: Preferences },
  ],
  nav: [{ href: '/inbox', label: { id: 'Notifi\u00adkasi', en: 'Notifi\u00adcations' }, roles: ROLES, testId: 'nav-inbox' }],
};
