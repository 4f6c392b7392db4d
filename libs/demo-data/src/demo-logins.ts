import { Role } from '@jalin/authz';
import { DEMO_BUYERS } from './data/buyers.data';
import { DEMO_IKMS } from './data/ikms.data';
import { DEMO_ADMIN, DEMO_DINAS } from './data/staff.data';
import { DEMO_PASSWORD } from './demo-password';
import { DemoOrganization } from './demo-data.types';

export interface DemoLogin {
  role: Role;
  organization: string;
  name: string;
  email: string;
  password: string;
}

/** Every demo organization, in the order logins are listed. */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [DEMO_DINAS, ...DEMO_BUYERS, ...DEMO_IKMS, DEMO_ADMIN];

/** The demo logins: by default the featured ones (what `npm run demo` prints), or all of them. */
export function demoLogins(options: { all?: boolean } = {}): DemoLogin[] {
  return DEMO_ORGANIZATIONS
    .filter((o) => options.all || o.featured)
    .flatMap((o) => o.users.map((u) => ({ role: o.kind, organization: o.name, name: u.name, email: u.email, password: DEMO_PASSWORD })));
}
