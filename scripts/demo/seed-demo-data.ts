import { createJalinDataSource, runMigrations } from '@jalin/db-schema';
import { runDemoSeed } from '@jalin/demo-data';
import { DataSource } from 'typeorm';

/** Loads the demo data (the code of `npm run demo:seed`) and says what it created and kept. */
export async function seedDemoData(dataSource: DataSource, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const { tally } = await runDemoSeed(dataSource);
  const parts = [...tally].map(([kind, t]) => `${kind}: ${t.created} created, ${t.kept} kept`);
  log(`demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s (${parts.join('; ') || 'nothing to do'})`);
}

/** Migrates the database of `url` and loads the demo data: the code of `npm run db:migrate` and `npm run demo:seed`. */
export async function migrateAndSeedDemo(url: string, applicationName: string, log: (line: string) => void): Promise<void> {
  const dataSource = await createJalinDataSource({ DATABASE_URL: url, DATABASE_POOL_SIZE: 2 }, applicationName).initialize();
  try {
    const applied = await runMigrations(dataSource);
    log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'schema up to date');
    await seedDemoData(dataSource, log);
  } finally {
    await dataSource.destroy();
  }
}
