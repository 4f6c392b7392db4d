import { PasswordHasher } from '@jalin/identity';
import { DataSource } from 'typeorm';
import { DemoPasswordHasher, DemoSeedContext, SeedTally } from './demo-seed-context';
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

/** Loads the demo data into a migrated database; idempotent, see DemoSeedStep. */
export async function runDemoSeed(dataSource: DataSource, options: DemoSeedOptions = {}): Promise<DemoSeedResult> {
  const steps = options.steps ?? DEMO_SEED_STEPS;
  const names = new Set<string>();
  for (const step of steps) {
    if (names.has(step.name)) throw new Error(`demo seed step "${step.name}" is listed twice`);
    names.add(step.name);
  }
  const context = new DemoSeedContext(options.passwords ?? new PasswordHasher());
  for (const step of steps) {
    const started = Date.now();
    try {
      await dataSource.transaction(async (manager) => {
        await manager.query(SEED_LOCK_SQL);
        await step.run(manager, context);
      });
    } catch (error) {
      throw new Error(`demo seed step "${step.name}" failed: ${(error as Error).message}`, { cause: error });
    }
    options.onStep?.(step, Date.now() - started);
  }
  return { context, tally: context.tally() };
}
