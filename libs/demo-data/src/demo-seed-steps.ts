import { DemoSeedStep } from './demo-seed-step';
import { buyerAccountsStep, ikmAccountsStep, staffAccountsStep } from './steps/accounts.steps';
import { capabilityProfilesStep } from './steps/profiles.steps';
import { openRfqsStep } from './steps/rfqs.steps';
import { dealHistoryStep } from './steps/deal-history.steps';

/**
 * The demo data, in order. To extend it (capability profiles, RFQs, quotes, deals): add a step in
 * `steps/` that reads the organizations it needs from the context by key (`context.organization(
 * 'ikm.logam-jaya-talang')`, `context.organizations(Role.IKM)`), keep it idempotent, and append it
 * here after the steps it depends on.
 */
export const DEMO_SEED_STEPS: readonly DemoSeedStep[] = [
  staffAccountsStep,
  buyerAccountsStep,
  ikmAccountsStep,
  capabilityProfilesStep,
  openRfqsStep,
  dealHistoryStep,
];
