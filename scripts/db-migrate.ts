import 'reflect-metadata';
import { InvalidConfigError, loadConfig } from '@jalin/config';
import { ensureDatabase } from '@jalin/database';
import { createJalinDataSource, runMigrations } from '@jalin/db-schema';

/** `npm run db:migrate`: creates the database when missing and applies pending migrations. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (await ensureDatabase(config.DATABASE_URL)) console.log('created database');
  const dataSource = await createJalinDataSource(config, 'jalin-migrate').initialize();
  try {
    const applied = await runMigrations(dataSource);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema up to date');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
});
