import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@jalin/config';
import { ensureDatabase } from '@jalin/database';
import { createJalinDataSource, runMigrations } from '@jalin/db-schema';
import { createApiApp } from '../apps/api/src/bootstrap-api';
import { printBuiltSchema } from '../apps/api/src/graphql/built-schema';

/**
 * `npm run schema:print`: writes schema.graphql from the code-first schema, so every API change
 * shows in review. Boots the API without listening, on the configured (development) database, migrated first.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  await ensureDatabase(config.DATABASE_URL);
  const dataSource = await createJalinDataSource(config, 'jalin-schema-print').initialize();
  await runMigrations(dataSource).finally(() => dataSource.destroy());
  const app = await createApiApp(config, { logger: false });
  await app.init();
  try {
    writeFileSync(join(__dirname, '..', 'schema.graphql'), printBuiltSchema(app));
    console.log('wrote schema.graphql');
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
