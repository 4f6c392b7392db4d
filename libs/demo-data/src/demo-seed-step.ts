import { EntityManager } from 'typeorm';
import { DemoSeedContext } from './demo-seed-context';

/**
 * One part of the demo data. Steps run in the order of DEMO_SEED_STEPS, each in its own
 * transaction, on every `npm run demo` and `npm run demo:seed`, so `run` must be idempotent: look
 * rows up by a natural key (an e-mail, an RFQ reference), create only what is missing, never
 * update or duplicate what an earlier run (or a demo user) left. Put what later steps need into
 * the context, both for rows created and for rows found.
 */
export interface DemoSeedStep {
  /** Unique kebab-case name, printed in the seed summary. */
  readonly name: string;
  run(manager: EntityManager, context: DemoSeedContext): Promise<void>;
}
