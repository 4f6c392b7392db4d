import type { Area } from '../../router/area';
import { ROLES } from '../../lib/roles';
import Home from './Home';
import SignIn from './SignIn';
import SignUp from './SignUp';
import ForgotPassword from './ForgotPassword';
import ResetPassword from './ResetPassword';
import Account from './Account';

/** Signing up, in and out, passwords, language: in the main chunk (the first screen anyone sees). */
export const accountArea: Area = {
  name: 'account',
  routes: [
    { path: '/', access: 'public', screen: Home },
    { path: '/sign-in', access: 'guest', screen: SignIn },
    { path: '/sign-up', access: 'guest', screen: SignUp },
    { path: '/forgot-password', access: 'public', screen: ForgotPassword },
    // The link of the password-reset e-mail (libs/identity/src/password-reset/password-reset-mailer.ts).
    { path: '/reset-password', access: 'public', screen: ResetPassword },
    { path: '/account', access: ROLES, screen: Account },
  ],
  nav: [{ href: '/account', label: { id: 'Akun', en: 'Account' }, roles: ROLES, testId: 'nav-account' }],
};
