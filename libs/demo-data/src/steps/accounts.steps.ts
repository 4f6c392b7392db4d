import { DEMO_BUYERS } from '../data/buyers.data';
import { DEMO_IKMS } from '../data/ikms.data';
import { DEMO_ADMIN, DEMO_DINAS } from '../data/staff.data';
import { DemoSeedStep } from '../demo-seed-step';
import { seedOrganizations } from './seed-organizations';

/** The Dinas officer and the platform admin. */
export const staffAccountsStep: DemoSeedStep = {
  name: 'staff-accounts',
  run: (manager, context) => seedOrganizations(manager, context, [DEMO_DINAS, DEMO_ADMIN]),
};

/** The three buyers modelled on the firms of the 2023 Dinas visit. */
export const buyerAccountsStep: DemoSeedStep = {
  name: 'buyer-accounts',
  run: (manager, context) => seedOrganizations(manager, context, DEMO_BUYERS),
};

/** The IKM workshops and their owners. */
export const ikmAccountsStep: DemoSeedStep = {
  name: 'ikm-accounts',
  run: (manager, context) => seedOrganizations(manager, context, DEMO_IKMS),
};
