import { PasswordHasher } from '@jalin/identity';
import { DataSource } from 'typeorm';
import { DemoPasswordHasher, DemoSeedContext, SeedTally } from './demo-seed-context';
import { refuseDemoSeedInProduction } from './demo-seed-refused';
import { DemoSeedStep } from './demo-seed-step';
import { DEMO_SEED_STEPS } from './demo-seed-steps';

export interface DemoSeedOptions {
  steps?: readonly DemoSeedStep[];
  passwords?: DemoPasswordHasher;
  /** Called after each step, e.g. to print progress. */
  onStep?: (step: DemoSeedStep, elapsedMs: number) => void;
}

export interface DemoSeedResult {
  context: DemoSeedContext;
  /** Rows created and kept, by kind ("organizations", "users", ...). */
  tally: ReadonlyMap<string, SeedTally>;
}

/**
 * Serialises concurrent seeds of one database (two `npm run demo` at once, or the compose seed
 * job next to a developer's run): each step takes this lock inside its transaction, so the second
 * seed finds the rows of the first instead of duplicating them.
 */
const SEED_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('jalin:demo-seed'))`;

/**
 * A step writes many rows in one transaction while a running worker may be matching the demo's
 * open RFQs, whose triggers touch the same IKMs' track-record and rollup rows in another order.
 * PostgreSQL then aborts one of the two (deadlock_detected, or serialization_failure): the step is
 * rolled back whole, so it is run again from the same context.
 */
const RETRYABLE_SQLSTATES = new Set(['40P01', '40001']);
const STEP_ATTEMPTS = 3;
const isRetryable = (error: unknown): boolean => {
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  return RETRYABLE_SQLSTATES.has(String(driverError?.code ?? code));
};

/** Loads the demo data into a migrated database; idempotent, see DemoSeedStep. Never in production. */
export async function runDemoSeed(dataSource: DataSource, options: DemoSeedOptions = {}): Promise<DemoSeedResult> {
  refuseDemoSeedInProduction();
  const steps = options.steps ?? DEMO_SEED_STEPS;
  const names = new Set<string>();
  for (const step of steps) {
    if (names.has(step.name)) throw new Error(`demo seed step "${step.name}" is listed twice`);
    names.add(step.name);
  }
  const context = new DemoSeedContext(options.passwords ?? new PasswordHasher());
  for (const step of steps) {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      const rollBack = context.checkpoint();
      try {
        await dataSource.transaction(async (manager) => {
          await manager.query(SEED_LOCK_SQL);
          await step.run(manager, context);
        });
        break;
      } catch (error) {
        rollBack();
        if (attempt < STEP_ATTEMPTS && isRetryable(error)) continue;
        throw new Error(`demo seed step "${step.name}" failed: ${(error as Error).message}`, { cause: error });
      }
    }
    options.onStep?.(step, Date.now() - started);
  }
  return { context, tally: context.tally() };
}
