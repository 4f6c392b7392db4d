export { DEMO_PASSWORD } from './demo-password';

export { DEMO_DINAS } from './data/staff.data';
export { DEMO_BUYERS } from './data/buyers.data';
export { DEMO_IKMS } from './data/ikms.data';

export type { DemoSeedStep } from './demo-seed-step';
export { DEMO_SEED_STEPS } from './demo-seed-steps';

export { runDemoSeed } from './run-demo-seed';
export { demoLogins, DEMO_ORGANIZATIONS, type DemoLogin } from './demo-logins';

export { DEMO_LOTS } from './data/deal-history.data';
export { DemoSeedRefusedError, refuseDemoSeedInProduction } from './demo-seed-refused';
